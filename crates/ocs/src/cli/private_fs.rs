//! Files that hold personal data, written so nobody else can read them and nothing can be
//! redirected: folders 0700 and owned by the user, files 0600 created new (never opening what an
//! existing name or a symbolic link points to).

use std::fs::{self, File, OpenOptions};
use std::io::{Seek, SeekFrom, Write};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;

use anyhow::{bail, Context as _, Result};

/// `O_NOFOLLOW`: opening a symbolic link fails instead of opening its target.
fn no_follow() -> i32 {
    rustix::fs::OFlags::NOFOLLOW.bits() as i32
}

/// Makes `dir` (0700) if it is missing; refuses one that is a symbolic link, not a folder, owned
/// by someone else, or writable by others, since anyone who can write to it could plant or swap
/// the files written there.
pub fn private_dir(dir: &Path) -> Result<()> {
    if fs::symlink_metadata(dir).is_err() {
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .with_context(|| format!("creating {}", dir.display()))?;
    }
    let meta = fs::symlink_metadata(dir).with_context(|| format!("{}", dir.display()))?;
    if meta.file_type().is_symlink() || !meta.is_dir() {
        bail!(
            "{} is not a folder (a symbolic link?): choose another",
            dir.display()
        );
    }
    if meta.uid() != rustix::process::getuid().as_raw() {
        bail!(
            "{} belongs to another user: use a folder of your own",
            dir.display()
        );
    }
    if meta.permissions().mode() & 0o022 != 0 {
        bail!(
            "{} can be written by other users (mode {:o}): run `chmod go-w {}` or choose another folder",
            dir.display(),
            meta.permissions().mode() & 0o777,
            dir.display()
        );
    }
    Ok(())
}

/// Creates a new file readable and writable by its owner only; fails if the name exists, as a
/// file, a folder or a symbolic link.
pub fn create_new(path: &Path) -> Result<File> {
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .custom_flags(no_follow())
        .open(path)
        .with_context(|| format!("creating {} (it must not exist yet)", path.display()))
}

/// Opens an existing regular file for reading and writing, never through a symbolic link;
/// the caller checks what the handle is (`File::metadata`), not what the name was.
pub fn open_no_follow(path: &Path) -> std::io::Result<File> {
    OpenOptions::new()
        .read(true)
        .write(true)
        .custom_flags(no_follow())
        .open(path)
}

/// Overwrites the whole of `file` with zeros from its start and syncs it, then truncates it and
/// syncs again: what the file held is gone from it before its name is removed.
pub fn zero_fill(file: &mut File) -> std::io::Result<()> {
    let len = file.metadata()?.len();
    file.seek(SeekFrom::Start(0))?;
    let zeros = vec![0u8; 1 << 16];
    let mut left = len;
    while left > 0 {
        let n = left.min(zeros.len() as u64) as usize;
        file.write_all(zeros.get(..n).unwrap_or_default())?;
        left -= n as u64;
    }
    file.sync_all()?;
    file.set_len(0)?;
    file.sync_all()
}

/// Zero-fills the regular file at `path` (never through a link) and removes it.
pub fn destroy(path: &Path) -> std::io::Result<()> {
    zero_fill(&mut open_no_follow(path)?)?;
    fs::remove_file(path)
}

/// This machine's name, for records.
pub fn host_name() -> String {
    rustix::system::uname()
        .nodename()
        .to_string_lossy()
        .into_owned()
}
