//! A one-line progress bar on stderr, drawn only on a terminal.

use std::io::Write;

/// Files done out of the total, redrawn in place.
pub struct Progress {
    total: usize,
    done: usize,
    enabled: bool,
}

impl Progress {
    /// A bar over `total` files; draws nothing unless `enabled`.
    pub fn new(total: usize, enabled: bool) -> Progress {
        Progress { total, done: 0, enabled }
    }

    /// One more file done.
    pub fn tick(&mut self, name: &str) {
        self.done += 1;
        if !self.enabled {
            return;
        }
        const WIDTH: usize = 30;
        let filled = (self.done * WIDTH).checked_div(self.total).unwrap_or(WIDTH).min(WIDTH);
        let name: String = name.chars().take(40).collect();
        let mut err = std::io::stderr().lock();
        let _ = write!(
            err,
            "\r\x1b[2Kreplay [{}{}] {}/{} {}",
            "#".repeat(filled),
            " ".repeat(WIDTH - filled),
            self.done,
            self.total,
            name
        );
        let _ = err.flush();
    }

    /// Ends the bar's line.
    pub fn finish(&self) {
        if self.enabled {
            let _ = writeln!(std::io::stderr());
        }
    }
}
