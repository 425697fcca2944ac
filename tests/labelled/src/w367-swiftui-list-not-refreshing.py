LABEL = dict(
    split="heldout12",
    persona="SwiftUI developer fixing a list that does not refresh after editing in a sheet",
    expertise_level=3, work_mode="fixing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the views, the model macro and the symptom (the row shows the old title until relaunch) and leaves the cause and fix to the agent, with no check named: level 3. "
               "A bug is repaired: fixing. The first prompt's bug is the task, not a failed result of this session; `xcodebuild` builds without error, and prompt 2 confirms ('yep updates straight away now') before asking a related question: verified success, no trouble."),
)

SESSION = dict(
    cwd="/Users/mei/Developer/Shelfie", start="2026-12-06T16:45:00Z", model="claude-sonnet-4-6", version="2.1.250", branch="fix/edit-sheet-refresh",
    turns=[
        turn("In BookListView when I edit a book in EditBookSheet and hit save, the row in the list still shows the old title until I relaunch the app. Book is an @Observable class. what am I missing",
             par(read("/Users/mei/Developer/Shelfie/Shelfie/Views/BookListView.swift",
                      "struct BookListView: View {\n    @State private var store = LibraryStore()\n    @State private var editing: Book?\n\n    var body: some View {\n        List(store.books) { book in\n            BookRow(title: book.title, author: book.author)\n                .onTapGesture { editing = book }\n        }\n        .sheet(item: $editing) { book in\n            EditBookSheet(draft: BookDraft(book), onSave: { draft in store.update(book.id, with: draft) })\n        }\n    }\n}"),
                 read("/Users/mei/Developer/Shelfie/Shelfie/Model/LibraryStore.swift",
                      "@Observable\nfinal class LibraryStore {\n    var books: [Book] = []\n\n    func update(_ id: Book.ID, with draft: BookDraft) {\n        guard var book = books.first(where: { $0.id == id }) else { return }\n        book = Book(id: id, title: draft.title, author: draft.author)\n        try? persistence.save(book)\n    }\n}")),
             edit("/Users/mei/Developer/Shelfie/Shelfie/Model/LibraryStore.swift",
                  "        guard var book = books.first(where: { $0.id == id }) else { return }\n        book = Book(id: id, title: draft.title, author: draft.author)\n        try? persistence.save(book)",
                  "        guard let book = books.first(where: { $0.id == id }) else { return }\n        book.title = draft.title\n        book.author = draft.author\n        try? persistence.save(book)"),
             bash("xcodebuild -scheme Shelfie -destination 'platform=iOS Simulator,name=iPhone 16' build -quiet 2>&1 | tail -3", "** BUILD SUCCEEDED **", desc="Build", ms=48000),
             say("The bug is in `LibraryStore.update`: it builds a **new** `Book` and assigns it to a local variable, saves that to disk, but never touches the object that's in `books` – so the list still observes the old one (and on relaunch you load the saved one, which is why it \"fixes itself\").\n\n"
                 "Since `Book` is an `@Observable` class, the fix is to mutate the existing instance: `book.title = …; book.author = …`. `BookRow` reads `book.title` in the list's body, so it re-renders. Builds fine; try it in the simulator.")),
        turn("yep updates straight away now. is passing title and author into BookRow instead of the book itself a problem?",
             say("Not a bug, but it's worth knowing what it does: because `BookListView`'s body reads `book.title` and `book.author`, the **whole list body** is what depends on those properties, so editing one book re-evaluates the list body (cheap for a list of books, but it adds up). "
                 "If you pass the `Book` into `BookRow` and read `book.title` inside `BookRow.body`, only that row re-renders. I'd change it if the list grows or rows get heavier; for now it's fine.")),
    ],
)
