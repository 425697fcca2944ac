//! `coxswain validate`: hand-labelled sessions driven through the real hook and assembly, their
//! records compared with the labels (how close the classifiers come to people's judgement).
//!
//! [`labels`] reads the set, [`drive`] runs it through the hook library and the assembler,
//! [`compare`] measures agreement, [`format`] prints it.

pub mod compare;
pub mod drive;
pub mod format;
pub mod labels;

use std::path::PathBuf;

use anyhow::Context;

pub use compare::{Measure, Validation};
pub use labels::Split;

/// Output formats of `coxswain validate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Agreement, confusion matrices and disagreements as text.
    Table,
    /// The same as one JSON document.
    Json,
}

/// Whose labels the classifier is compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Reference {
    /// Each session's `label.json`: the rater who wrote it (every session has one).
    First,
    /// The adjudicated labels of `adjudicated/<split>.json` (a third person's decision where two
    /// blind raters differed); sessions without one are left out.
    Adjudicated,
}

/// Which split to compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SplitArg {
    /// The sessions classifiers may be tuned on (`dev` in the label files).
    Dev,
    /// The first held-out split (`heldout`; seen since classifier v2, so tuning material now).
    Heldout,
    /// The second held-out split (`heldout2`; measured once with classifier v3, tuned on since v4).
    Heldout2,
    /// The third held-out split (`heldout3`; measured once with classifier v4, tuned on since v5).
    Heldout3,
    /// The fourth held-out split (`heldout4`; measured once with classifier v5, tuned on since v6).
    Heldout4,
    /// The fifth held-out split (`heldout5`; measured once with classifier v6, tuned on since v7).
    Heldout5,
    /// The sixth held-out split (`heldout6`; measured once with classifier v7, tuned on since v8).
    Heldout6,
    /// The seventh held-out split (`heldout7`; measured once with classifier v8, tuned on since v9).
    Heldout7,
    /// The eighth held-out split (`heldout8`; measured once with classifier v8, tuned on since v9).
    Heldout8,
    /// The ninth held-out split (`heldout9`; measured once with classifier v9, tuned on since v10).
    Heldout9,
    /// The tenth held-out split (`heldout10`; measured once with classifier v9, tuned on since v10).
    Heldout10,
    /// The eleventh held-out split (`heldout11`; measured once with classifier v10, tuned on since v11).
    Heldout11,
    /// The twelfth held-out split (`heldout12`; measured once with classifier v10, tuned on since v11).
    Heldout12,
    /// The thirteenth held-out split (`heldout13`; measured once with classifier v11, tuned on since v12).
    Heldout13,
    /// The fourteenth held-out split (`heldout14`; measured once with classifier v11, tuned on since v12).
    Heldout14,
    /// The fifteenth held-out split (`heldout15`; measured once with classifier v12, tuned on since v13).
    Heldout15,
    /// The sixteenth held-out split (`heldout16`; measured once with classifier v12, tuned on since v13).
    Heldout16,
    /// The seventeenth held-out split (`heldout17`; measured once with classifier v13, tuned on since v14).
    Heldout17,
    /// The eighteenth held-out split (`heldout18`; measured once with classifier v13, tuned on since v14).
    Heldout18,
    /// The nineteenth held-out split (`heldout19`; measured once with classifier v13, tuned on since v14).
    Heldout19,
    /// The twentieth held-out split (`heldout20`; measured once with classifier v13, tuned on since v14).
    Heldout20,
    /// The twenty-first held-out split (`heldout21`; measured once with classifier v14, never tuned on).
    Heldout21,
    /// The twenty-second held-out split (`heldout22`; measured once with classifier v14, never tuned on).
    Heldout22,
    /// The splits never tuned on (`heldout21` and `heldout22`), counted together.
    Untouched,
    /// Everything tuned on: `dev` and `heldout` to `heldout16`.
    Seen,
    /// Every split.
    All,
}

impl SplitArg {
    fn splits(self) -> &'static [Split] {
        match self {
            SplitArg::Dev => &[Split::Dev],
            SplitArg::Heldout => &[Split::Heldout],
            SplitArg::Heldout2 => &[Split::Heldout2],
            SplitArg::Heldout3 => &[Split::Heldout3],
            SplitArg::Heldout4 => &[Split::Heldout4],
            SplitArg::Heldout5 => &[Split::Heldout5],
            SplitArg::Heldout6 => &[Split::Heldout6],
            SplitArg::Heldout7 => &[Split::Heldout7],
            SplitArg::Heldout8 => &[Split::Heldout8],
            SplitArg::Heldout9 => &[Split::Heldout9],
            SplitArg::Heldout10 => &[Split::Heldout10],
            SplitArg::Heldout11 => &[Split::Heldout11],
            SplitArg::Heldout12 => &[Split::Heldout12],
            SplitArg::Heldout13 => &[Split::Heldout13],
            SplitArg::Heldout14 => &[Split::Heldout14],
            SplitArg::Heldout15 => &[Split::Heldout15],
            SplitArg::Heldout16 => &[Split::Heldout16],
            SplitArg::Heldout17 => &[Split::Heldout17],
            SplitArg::Heldout18 => &[Split::Heldout18],
            SplitArg::Heldout19 => &[Split::Heldout19],
            SplitArg::Heldout20 => &[Split::Heldout20],
            SplitArg::Heldout21 => &[Split::Heldout21],
            SplitArg::Heldout22 => &[Split::Heldout22],
            SplitArg::Untouched => Split::UNTOUCHED,
            SplitArg::Seen => Split::SEEN,
            SplitArg::All => &Split::ALL,
        }
    }
}

/// `coxswain validate`.
#[derive(Debug, clap::Args)]
pub struct ValidateArgs {
    /// The labelled set: a folder with `sessions/<id>/` and `real/<id>/`.
    #[arg(long, value_name = "DIR")]
    pub labels: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Which split to compare.
    #[arg(long, value_enum, default_value_t = SplitArg::All)]
    pub split: SplitArg,
    /// Whose labels to compare with.
    #[arg(long, value_enum, default_value_t = Reference::First)]
    pub reference: Reference,
}

/// Reads, drives and compares the labelled set in `dir`, restricted to `splits`, against the
/// first rater's labels.
pub fn validate(dir: &std::path::Path, splits: &[Split]) -> anyhow::Result<Validation> {
    validate_against(dir, splits, Reference::First)
}

/// [`validate`] against the labels of `reference`.
pub fn validate_against(
    dir: &std::path::Path,
    splits: &[Split],
    reference: Reference,
) -> anyhow::Result<Validation> {
    let mut sessions = labels::read_set(dir)?;
    if reference == Reference::Adjudicated {
        sessions = labels::adjudicated(dir, sessions)?;
    }
    let wanted: Vec<_> = sessions.into_iter().filter(|s| splits.contains(&s.label.split)).collect();
    let driven = drive::drive_all(&wanted).context("driving the labelled sessions")?;
    Ok(compare::compare(&driven, splits))
}

/// Runs `coxswain validate`.
pub fn run(args: ValidateArgs) -> anyhow::Result<()> {
    let v = validate_against(&args.labels, args.split.splits(), args.reference)?;
    let source = match args.reference {
        Reference::First => args.labels.display().to_string(),
        Reference::Adjudicated => format!("{} (adjudicated labels)", args.labels.display()),
    };
    match args.format {
        Format::Table => print!("{}", format::table(&v, &source)),
        Format::Json => println!("{}", serde_json::to_string_pretty(&v)?),
    }
    Ok(())
}
