//! The collector's configuration: flags, `COXSWAIN_*` variables and a TOML file. (Skeleton.)
