LABEL = dict(
    split="heldout15",
    persona="React Native developer adding pull-to-refresh to a notes list",
    expertise_level=3, work_mode="building",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the screen, the hook to reuse (useNotes) and one constraint (keep the list position), leaving the approach to the agent: level 3. "
               "A feature is added to an existing screen: building. Nothing fails, but nothing checks it either: no test is run, nothing is committed and prompt 2 ('nice, ill try it on the sim later') is acceptance without a report that it worked: neither success nor trouble."),
)

SESSION = dict(
    cwd="/Users/kwame/dev/fieldnotes-app", start="2026-11-25T12:05:00Z", model="claude-sonnet-4-5", version="2.1.246", branch="feat/notes-refresh",
    turns=[
        turn("add pull to refresh on NotesListScreen. reuse useNotes, dont reset the scroll position when it refreshes",
             par(read("/Users/kwame/dev/fieldnotes-app/src/screens/NotesListScreen.tsx", "import React from 'react';\nimport { FlatList, View, ActivityIndicator } from 'react-native';\nimport { useNotes } from '../hooks/useNotes';\nimport { NoteRow } from '../components/NoteRow';\n\nexport function NotesListScreen() {\n  const { notes, loading } = useNotes();\n  if (loading) return <ActivityIndicator style={{ flex: 1 }} />;\n  return (\n    <FlatList\n      data={notes}\n      keyExtractor={n => n.id}\n      renderItem={({ item }) => <NoteRow note={item} />}\n    />\n  );\n}"),
                 read("/Users/kwame/dev/fieldnotes-app/src/hooks/useNotes.ts", "export function useNotes() {\n  const [notes, setNotes] = useState<Note[]>([]);\n  const [loading, setLoading] = useState(true);\n  useEffect(() => {\n    api.listNotes().then(setNotes).finally(() => setLoading(false));\n  }, []);\n  return { notes, loading };\n}")),
             say("`useNotes` only loads once and uses `loading` for the first load, which the screen turns into a full-screen spinner. If I reused `loading` for refresh, the list would unmount and lose its scroll position. So I'll add a separate `refreshing` flag and a `refresh()` function to the hook."),
             edit("/Users/kwame/dev/fieldnotes-app/src/hooks/useNotes.ts", "  const [loading, setLoading] = useState(true);\n  useEffect(() => {\n    api.listNotes().then(setNotes).finally(() => setLoading(false));\n  }, []);\n  return { notes, loading };", "  const [loading, setLoading] = useState(true);\n  const [refreshing, setRefreshing] = useState(false);\n  useEffect(() => {\n    api.listNotes().then(setNotes).finally(() => setLoading(false));\n  }, []);\n  const refresh = useCallback(async () => {\n    setRefreshing(true);\n    try {\n      setNotes(await api.listNotes());\n    } finally {\n      setRefreshing(false);\n    }\n  }, []);\n  return { notes, loading, refreshing, refresh };"),
             edit("/Users/kwame/dev/fieldnotes-app/src/screens/NotesListScreen.tsx", "  const { notes, loading } = useNotes();", "  const { notes, loading, refreshing, refresh } = useNotes();"),
             edit("/Users/kwame/dev/fieldnotes-app/src/screens/NotesListScreen.tsx", "      renderItem={({ item }) => <NoteRow note={item} />}\n    />", "      renderItem={({ item }) => <NoteRow note={item} />}\n      refreshing={refreshing}\n      onRefresh={refresh}\n    />"),
             bash("npx tsc --noEmit -p .", "", desc="Type-check"),
             say("Added pull-to-refresh: `useNotes` now returns `refreshing` and `refresh()`, and `NotesListScreen` passes them to the `FlatList` (`refreshing` / `onRefresh`). The first load still shows the spinner, but a refresh keeps the list mounted, so the scroll position stays; rows keep their keys (`note.id`), so existing rows aren't re-created. Type-check is clean.")),
        turn("nice, ill try it on the sim later",
             say("Sounds good.")),
    ],
)
