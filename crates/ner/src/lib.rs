//! chronicle-ner (in progress)
