LABEL = dict(
    split="heldout8",
    persona="Front-end developer at a recipe-sharing startup, React + Vite + Vitest",
    expertise_level=3, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the component (SettingsMenu), the behaviour (a dark mode toggle that remembers the choice and defaults to the OS setting) and "
               "asks for the tests to be run, leaving the approach (CSS variables, the hook) to the agent; prompt 2 is a general steer ('put the hook in "
               "src/hooks like the others'): level 3. A new feature built: building. `npx vitest run` passes and the `git commit` succeeds, with no "
               "failures: verified success."),
)

SESSION = dict(
    cwd="/Users/leo/code/forkful-web", start="2026-11-20T14:02:00Z", model="claude-sonnet-4-6", version="2.1.239", branch="feat/dark-mode",
    turns=[
        turn("add a dark mode toggle to SettingsMenu. should default to whatever the OS is set to and remember the choice after reload. run the tests when done",
             par(read("/Users/leo/code/forkful-web/src/components/SettingsMenu.tsx",
                      "import { useState } from 'react'\nimport styles from './SettingsMenu.module.css'\n\nexport function SettingsMenu() {\n  const [open, setOpen] = useState(false)\n"
                      "  return (\n    <div className={styles.menu}>\n      <button onClick={() => setOpen(!open)}>Settings</button>\n      {open && (\n        <ul>\n          <li><a href=\"/account\">Account</a></li>\n        </ul>\n      )}\n    </div>\n  )\n}"),
                 grep("--color-bg", path="/Users/leo/code/forkful-web/src", files=["src/styles/theme.css"])),
             write("/Users/leo/code/forkful-web/src/components/useTheme.ts",
                   "import { useEffect, useState } from 'react'\n\nexport type Theme = 'light' | 'dark'\nconst KEY = 'forkful.theme'\n\nfunction initial(): Theme {\n"
                   "  const saved = localStorage.getItem(KEY)\n  if (saved === 'light' || saved === 'dark') return saved\n  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'\n}\n\n"
                   "export function useTheme() {\n  const [theme, setTheme] = useState<Theme>(initial)\n  useEffect(() => {\n    document.documentElement.dataset.theme = theme\n    localStorage.setItem(KEY, theme)\n  }, [theme])\n"
                   "  return { theme, toggle: () => setTheme(t => (t === 'dark' ? 'light' : 'dark')) }\n}\n"),
             say("Added `useTheme` next to the component; I'll wire it into the menu and add the dark variables next.")),
        turn("put the hook in src/hooks like the others",
             bash("git mv -f src/components/useTheme.ts src/hooks/useTheme.ts 2>/dev/null || mv src/components/useTheme.ts src/hooks/useTheme.ts", "", desc="Move the hook"),
             edit("/Users/leo/code/forkful-web/src/components/SettingsMenu.tsx", "import styles from './SettingsMenu.module.css'",
                  "import styles from './SettingsMenu.module.css'\nimport { useTheme } from '../hooks/useTheme'"),
             edit("/Users/leo/code/forkful-web/src/components/SettingsMenu.tsx", "          <li><a href=\"/account\">Account</a></li>",
                  "          <li><a href=\"/account\">Account</a></li>\n          <li>\n            <label>\n              <input type=\"checkbox\" role=\"switch\" checked={theme === 'dark'} onChange={toggle} /> Dark mode\n            </label>\n          </li>"),
             edit("/Users/leo/code/forkful-web/src/components/SettingsMenu.tsx", "  const [open, setOpen] = useState(false)", "  const [open, setOpen] = useState(false)\n  const { theme, toggle } = useTheme()"),
             edit("/Users/leo/code/forkful-web/src/styles/theme.css", ":root {\n  --color-bg: #ffffff;\n  --color-text: #1a1a1a;",
                  ":root {\n  --color-bg: #ffffff;\n  --color-text: #1a1a1a;\n}\n\n:root[data-theme='dark'] {\n  --color-bg: #16181d;\n  --color-text: #e8e6e3;"),
             write("/Users/leo/code/forkful-web/src/hooks/useTheme.test.ts",
                   "import { renderHook, act } from '@testing-library/react'\nimport { beforeEach, expect, it, vi } from 'vitest'\nimport { useTheme } from './useTheme'\n\n"
                   "beforeEach(() => { localStorage.clear(); window.matchMedia = vi.fn().mockReturnValue({ matches: true }) as any })\n\n"
                   "it('defaults to the OS preference', () => {\n  expect(renderHook(() => useTheme()).result.current.theme).toBe('dark')\n})\n\n"
                   "it('remembers the choice', () => {\n  const { result } = renderHook(() => useTheme())\n  act(() => result.current.toggle())\n  expect(localStorage.getItem('forkful.theme')).toBe('light')\n"
                   "  expect(renderHook(() => useTheme()).result.current.theme).toBe('light')\n})\n"),
             bash("npx vitest run", " ✓ src/hooks/useTheme.test.ts (2 tests) 14ms\n ✓ src/components/RecipeCard.test.tsx (6 tests) 41ms\n ✓ src/lib/units.test.ts (11 tests) 6ms\n\n Test Files  3 passed (3)\n      Tests  19 passed (19)\n   Duration  1.42s", desc="Run the tests", ms=4200),
             bash("git add -A && git commit -qm \"Dark mode toggle in settings (OS default, remembered)\" && git log --oneline -1", "a81c3f0 Dark mode toggle in settings (OS default, remembered)", desc="Commit"),
             say("Moved the hook to `src/hooks/useTheme.ts`, wired the toggle into SettingsMenu, added the dark variables under `[data-theme='dark']`, and two tests for "
                 "the OS default and persistence. All 19 tests pass; committed as a81c3f0.")),
    ],
)
