//! Files that hold personal data, written so nobody else can read them and nothing can be
//! redirected: folders 0700 and owned by the user, files 0600 created new (never opening what an
//! existing name or a symbolic link points to).

use std::fs::{self, File, OpenOptions};
use std::io::{Seek, SeekFrom, Write};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;

use anyhow::{Context as _, Result};

use crate::bundle::no_follow;
use crate::cli::refusal::refuse;

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
        return refuse(
            format!("{} is not a folder (a symbolic link?)", dir.display()),
            "give the real path of a folder of your own",
        );
    }
    if meta.uid() != rustix::process::getuid().as_raw() {
        return refuse(
            format!("{} belongs to another user", dir.display()),
            "use a folder of your own (under your home folder)",
        );
    }
    if meta.permissions().mode() & 0o022 != 0 {
        return refuse(
            format!(
                "{} can be written by other users (mode {:o})",
                dir.display(),
                meta.permissions().mode() & 0o777
            ),
            format!(
                "run `chmod go-w {}`, or choose another folder",
                dir.display()
            ),
        );
    }
    Ok(())
}

/// Writes `bytes` to `path` whole or not at all: into a new `path.new` (a leftover of an
/// interrupted run, or a link planted there, is removed first, never followed), synced, then
/// renamed over `path` (a rename replaces a link, never writes through it).
pub fn replace(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut staged_name = path.as_os_str().to_owned();
    staged_name.push(".new");
    let staged = std::path::PathBuf::from(staged_name);
    match fs::remove_file(&staged) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            return Err(e).with_context(|| format!("removing {}", staged.display()))
        }
        _ => {}
    }
    let mut file = create_new(&staged)?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .with_context(|| format!("writing {}", staged.display()))?;
    fs::rename(&staged, path).with_context(|| format!("writing {}", path.display()))
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    /// What `ocs witness` and `ocs audit` write goes through `replace`: links planted at the
    /// file's name or its staging name are replaced or removed, never written through.
    #[test]
    fn replace_never_writes_through_a_link() -> Result<()> {
        let dir = tempfile::tempdir()?;
        let outside = dir.path().join("outside");
        fs::write(&outside, "untouched")?;
        let path = dir.path().join("shard-0.checkpoint");
        symlink(&outside, &path)?;
        symlink(&outside, dir.path().join("shard-0.checkpoint.new"))?;
        replace(&path, b"cosigned")?;
        assert_eq!(fs::read_to_string(&outside)?, "untouched");
        assert!(!fs::symlink_metadata(&path)?.file_type().is_symlink());
        assert_eq!(fs::read_to_string(&path)?, "cosigned");
        assert_eq!(fs::metadata(&path)?.permissions().mode() & 0o777, 0o600);
        Ok(())
    }
}
