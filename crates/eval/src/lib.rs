//! chronicle-eval (in progress)
