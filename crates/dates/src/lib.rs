//! chronicle-dates (in progress)
