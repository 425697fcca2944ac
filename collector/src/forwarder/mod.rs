//! Forwarding: every acknowledged request to each downstream OTLP endpoint, in order, at least
//! once, from the buffer. (Skeleton.)
