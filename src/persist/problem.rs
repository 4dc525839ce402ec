//! What can go wrong with storage. Every failure is one of these; nothing
//! in `persist` panics or throws, so the widget always keeps working in
//! memory. What the respondent is told about each is decided in
//! `session::notice`.

/// Why storage could not do what was asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// The browser gives no storage to this page (blocked cookies and site
    /// data, a sandboxed frame).
    Unavailable,
    /// A write was refused, in practice because the quota is used up.
    Full,
    /// The saved value was unreadable; `backed_up` says whether it was kept
    /// under the backup key.
    Corrupt { backed_up: bool },
    /// Saved by a newer version of the widget (this envelope schema); it
    /// must not be overwritten.
    FromNewerVersion { schema: u32 },
}
