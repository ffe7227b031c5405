// Package ingest turns folders of files into corpus entries and keeps a store
// in step with them.
//
// # Pipeline
//
// [Run] walks each root ([Walk]), reads and hashes every candidate file,
// extracts its text with the extractor registered for its format ([Extract]),
// cuts the text into passages ([Chunk], [Passages]) and hands the resulting
// [corpus.Entry] values to a [Store] in batches. The package knows nothing of
// how the store keeps them; package index implements [Store].
//
// # Formats
//
// Plain text, Markdown, reStructuredText and source code are text-like: the
// extracted text is the file's own bytes, so every offset and line number in
// it is an offset and line number of the file. HTML keeps the visible text
// with one source-map segment per text run (Verbatim where no entity was
// decoded and no whitespace collapsed); PDF gives one segment per page, DOCX
// and ODT one per paragraph, EPUB one per paragraph of each chapter file
// (named in the segment's Part), PPTX one per slide, XLSX one per sheet row
// and CSV one per record (Verbatim: its bytes, offsets and lines are the
// file's). Tables are laid out in groups of rows, each group led by a copy
// of the header row marked Repeat, so every passage names its columns.
// Extractions may set Breaks, offsets no passage crosses: EPUB chapter
// files, PPTX slides and row groups each get passages of their own.
//
// Zipped formats (DOCX, ODT, EPUB, PPTX, XLSX) are read within a budget of
// decompressed bytes per member and per file, so a zip bomb fails with
// ErrTooLarge.
//
// # Incremental runs
//
// A file whose size and modification time equal those of its stored document
// is taken as unchanged without being read (as rsync and git do); any other
// file is read and hashed, and only a changed hash leads to re-extraction.
// Options.Force re-extracts every file, which is what an upgrade of the
// extractors needs; a document stored as another format than its extension
// now chooses (a .csv file read as plain text before CSV had an extractor)
// is re-extracted without it. Stored documents under an ingested root whose
// files are gone are removed; those the walk or the read no longer yields
// though their files are there (now excluded, hidden, too large, not text,
// empty) are kept and reported unless Options.Prune; documents whose file
// failed this time keep their old version, and nothing is removed under a
// root or folder that could not be read.
//
// # Caveats
//
// PDF text comes from the content streams in drawing order; multi-column
// layouts and text drawn out of reading order come out in that order. PDF
// files are parsed by ingest/internal/pdf, a fork of github.com/ledongthuc/pdf
// (BSD licence, notice kept there) that parses every object and inflates
// every object stream once per document, in a bounded cache; pages are
// extracted on GOMAXPROCS goroutines. The extracted text, the object cache,
// object streams, decoded content streams and nested forms are bounded.
// Ligatures are spelled out, words hyphenated at a line end are joined
// (also where the hyphen belonged to the word) and dot leaders are
// shortened to " ... ". HTML in a legacy 8-bit encoding has its invalid
// bytes replaced by U+FFFD (such runs are not Verbatim). XLSX numbers come
// out as stored (not as the number format would show them), except that
// date and time formats give ISO dates and times. PPTX speaker notes
// follow their slide's text, in the slide's segment. A CSV's first record
// is taken as its header.
package ingest
