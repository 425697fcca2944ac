//! The report: the study's measures per group, with the study's figures beside them. (Skeleton.)

pub mod cli;
