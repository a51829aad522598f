//! chronicle-store (in progress)
