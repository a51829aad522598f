//! chronicle-gazetteer (in progress)
