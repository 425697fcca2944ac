//! Classifiers: expertise level, work mode, success judge. (Skeleton.)
