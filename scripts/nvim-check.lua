-- A manual interop check with Neovim's built-in LSP client (0.7 or later; run from the repository root):
--   nvim --headless -u NONE -c 'luafile scripts/nvim-check.lua'
-- Starts `gongwen lsp --stdio` for seed 000, asks for diagnostics, outline, definition, references,
-- rename, code lens and completion, prints what came back and exits non-zero when something is missing.
local root = vim.fn.getcwd()
vim.cmd('edit ' .. root .. '/seeds/000_146f126172f101e5.txt')
local buf = vim.api.nvim_get_current_buf()
local failures = 0
local function check(what, ok, detail)
  io.stdout:write(string.format('%s %s %s\n', ok and 'ok  ' or 'FAIL', what, detail or ''))
  if not ok then failures = failures + 1 end
end
local id = vim.lsp.start_client({ name = 'gongwen', cmd = { 'node', root .. '/bin/gongwen', 'lsp', '--stdio' }, root_dir = root })
vim.lsp.buf_attach_client(buf, id)
vim.wait(15000, function() local c = vim.lsp.get_client_by_id(id); return c and c.initialized end, 100)
local client = vim.lsp.get_client_by_id(id)
local td = vim.lsp.util.make_text_document_params(buf)
local function req(method, params) local r = client.request_sync(method, params, 10000, buf); return r and r.result, r and r.err end
-- seed 000 is clean: the server publishes an empty list (or information notes only)
vim.wait(5000, function() return false end, 100)
local errors = vim.diagnostic.get(buf, { severity = { min = vim.diagnostic.severity.WARN } })
check('no error or warning on seed 000', #errors == 0, tostring(#errors))
local syms = req('textDocument/documentSymbol', { textDocument = td })
check('documentSymbol', syms and #syms >= 5, syms and tostring(#syms))
local def = req('textDocument/definition', { textDocument = td, position = { line = 37, character = 4 } })
local first = def and def[1]
local line = first and ((first.targetSelectionRange or first.range).start.line)
check('definition: task 1 → 分工表 row (line 265)', line == 264, tostring(line))
local refs = req('textDocument/references', { textDocument = td, position = { line = 41, character = 171 }, context = { includeDeclaration = true } })
check('references of 县民政局', refs and #refs == 46, refs and tostring(#refs))
local _, err = req('textDocument/rename', { textDocument = td, position = { line = 41, character = 171 }, newName = '县财政局' })
check('rename to a clashing name is refused', err ~= nil, err and err.message)
local lenses = req('textDocument/codeLens', { textDocument = td })
check('code lens on 22 tasks', lenses and #lenses == 22, lenses and lenses[1] and lenses[1].command.title)
local comp = req('textDocument/completion', { textDocument = td, position = { line = 41, character = 175 } })
local items = comp and (comp.items or comp) or {}
check('department completion after 〔县民政局、', #items > 0, items[1] and items[1].label)
client.stop()
vim.wait(3000, function() return client.is_stopped() end, 100)
vim.cmd((failures == 0 and 'qa!' or 'cq!'))
