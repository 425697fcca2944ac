//! Classifiers over one assembled session: expertise level, work mode (and its agreement with
//! telemetry), the success judge with its evidence, and the division of labour.

pub mod expertise;
pub mod labour;
pub mod outcome;
pub mod work_mode;

pub use expertise::{Band, Expertise, ExpertiseClassifier, ExpertiseLevel, RuleExpertise};
pub use outcome::{Evidence, Outcome};
pub use work_mode::WorkMode;
