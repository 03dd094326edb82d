// The whole extension: Zed starts language servers only from extensions, so this one names the command,
// `unmangle lsp --stdio`, found on the PATH of the worktree (or `lsp.unmangle.binary.path` in the settings),
// and passes `lsp.unmangle.initialization_options` on. Everything else is the server's.
use zed_extension_api::{self as zed, serde_json, settings::LspSettings, LanguageServerId, Result};

struct Unmangle;

impl zed::Extension for Unmangle {
    fn new() -> Self {
        Unmangle
    }

    fn language_server_command(&mut self, id: &LanguageServerId, worktree: &zed::Worktree) -> Result<zed::Command> {
        let binary = LspSettings::for_worktree(id.as_ref(), worktree).ok().and_then(|settings| settings.binary);
        let command = binary
            .as_ref()
            .and_then(|binary| binary.path.clone())
            .or_else(|| worktree.which("unmangle"))
            .ok_or("unmangle is not on PATH: install it (npm install --global unmangle) or set lsp.unmangle.binary.path")?;
        let args = binary
            .and_then(|binary| binary.arguments)
            .unwrap_or_else(|| vec!["lsp".into(), "--stdio".into()]);
        Ok(zed::Command { command, args, env: Default::default() })
    }

    fn language_server_initialization_options(&mut self, id: &LanguageServerId, worktree: &zed::Worktree) -> Result<Option<serde_json::Value>> {
        Ok(LspSettings::for_worktree(id.as_ref(), worktree).ok().and_then(|settings| settings.initialization_options))
    }
}

zed::register_extension!(Unmangle);
