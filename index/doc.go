// Package index is Verbatim's on-disk corpus: a bbolt store that holds every
// ingested document (original bytes, extracted text, source map, passages)
// and a bleve index over the passages for BM25 retrieval. One Open gives
// both, under one lock.
//
// # Layout
//
// A corpus directory holds two things:
//
//	DIR/verbatim.db       bbolt store, the source of truth
//	DIR/passages.bleve    bleve (scorch) index over passages, derived from the store
//
// # Buckets
//
// The store has these top-level buckets:
//
//	meta      key → value: "schema" (format version, see Schema), "last_ingest"
//	          (RFC 3339), "seq" (the last sequence number given, big-endian
//	          uint64), and any key others put there with PutMeta
//	          (the lossy model, for instance).
//	docs      seq (big-endian uint64) → binary corpus.Document: a tag byte, then
//	          uvarint-length strings path, root, format, title, the 32
//	          bytes of the hash, varint size, the times as varint Unix
//	          seconds + uvarint nanoseconds, uvarints text_len, pages,
//	          passages, then uvarints seq (the document's sequence number)
//	          and blob (the key of its original bytes); the id is
//	          corpus.DocID of the path.
//	ids       the 8 bytes of a document id (corpus.DocID's 16 hex digits)
//	          → its seq, the key of its record, text and passages.
//	paths     document path → document id; sorted, so a cursor over it
//	          lists documents in path order and Documents(root) is a range scan.
//	blobs     big-endian uint64 → original file bytes, under the sequence
//	          number of the first document that brought them.
//	refs      SHA-256 (32 bytes) → big-endian uint64 count of documents whose
//	          Hash is that blob, then the blob's key (uint64); a blob is
//	          deleted when its count drops to 0, so identical files share
//	          one blob while any of them is stored.
//	texts     seq (big-endian uint64) → F uvarint(len(J)) J T, where F holds flags, J
//	          is the JSON corpus.Extraction without its text (title,
//	          sections, source map) and T the extracted text. When the text
//	          is the original bytes (text-like files) F says so and T is
//	          left out: the text is read from the blob. When the source map
//	          is corpus.IdentityMap, F says so and the map is left out of J.
//	passages  seq + ord (big-endian uint64, uint32) → binary {s, e, o, c, t}: a tag byte, uvarints
//	          start, end, ord, then uvarint-length section and title (the
//	          title only where it differs from the document's).
//	          The passage text is never stored twice: it is always the slice
//	          T[s:e] of the document's extracted text, so a passage's text is
//	          exactly the bytes it claims.
//	journal   document id → JSON {old: passage ids, new: count}: pending
//	          bleve work, see Crash safety.
//
// Every document put gets the next sequence number: its record, text,
// passages and new blob are keyed by it, so an ingest appends to those buckets in the
// order it puts documents, and a commit writes new pages at their end
// instead of rewriting leaves all over them (layout.go); they are filled
// to 100%. Only ids and refs are keyed by hashes (random keys, small
// records) and keep bbolt's default fill percent (0.5); paths, written in
// about walk order, uses 0.9. Passage ids (document id + ord, the bleve
// keys) do not change with the layout.
//
// # Locking
//
// Open takes bbolt's file lock on verbatim.db first, with a timeout
// (Options.LockTimeout). A writer holds it exclusively, read-only opens
// share it, so a second writer gets ErrLocked within the timeout instead of
// hanging; read-only opens may run side by side. The bleve index is opened
// only once that lock is held.
//
// # Crash safety
//
// Put, PutAsync and Delete use a write-ahead journal. (1) One bbolt
// transaction stores blobs, texts, documents and passage metadata and
// records, per document, the passage ids to delete from bleve; (2) one or
// more bleve batches (each persisted when it returns) delete those ids and
// index the document's current passages; (3) the journal records are
// cleared once their batches succeeded. Put and Delete do (3) in a second
// transaction before they return; PutAsync runs (2) in the background,
// for the work of several calls at once (gathered while the previous
// work is indexed), overlapping the next write's step (1), and folds (3) into a
// later transaction (or Flush, Close), so a bulk ingest pays one fsynced
// commit per batch. A record is cleared only when every batch covering its
// document succeeded. Every writable Open replays leftover journal records
// from the store, which is idempotent, so a crash between the steps never
// leaves stale or missing passages in the bleve index; after a failed batch
// (or a write stopped after step 1) the next write replays them first. A
// read-only Open that finds journal records (an interrupted write: no
// writer can hold the store while it is open) replays them through a brief
// writable Open before serving, or fails with ErrInterrupted when it cannot
// (Options.AllowPending opens anyway and Stats.Interrupted says so), so
// that readers never serve a half-applied index.
//
// # A damaged store file
//
// bbolt maps its file and trusts it: a truncated file faults (SIGBUS) on
// access, a page that is not what its parent says trips an assertion panic.
// Open checks the file through ReadAt before bbolt maps it (both meta pages
// valid, the file as long as the newest says, its root and freelist pages
// what it says), and every transaction runs with debug.SetPanicOnFault and
// a recover, so that damage found later ends that call with a DamageError
// (matching ErrDamaged) that names the file and the repair, never the
// process. Check runs bbolt's Tx.Check over every bucket. Salvage copies
// every record it can reach by reading the pages (from the newest tree,
// then from the previous transaction's) into a fresh file, keeping the
// damaged one beside it; Check with Repair and the next ingest do the rest.
//
// # A passage index that does not open
//
// A new passage index is built in passages.bleve.tmp and renamed into
// place, so a kill during the first Open leaves no half-made index. When a
// writable Open finds passages.bleve unopenable all the same (a damaged
// disk), it moves it aside to passages.bleve.broken-TIME (Stats.RebuiltIndex
// names it), creates a fresh one and journals every document: the replay
// rebuilds the index from the store. A read-only Open fails with
// ErrBrokenIndex instead, naming the writable commands that rebuild it.
//
// # Limits
//
// A document has at most MaxPassages passages and MaxTextLen bytes of
// extracted text: Put refuses more, and a stored record claiming more is
// corrupt (Check reports it, a repair drops it).
//
// # Schema
//
// meta["schema"] is the store's format version. Version 3 keys texts,
// passages and blobs by sequence numbers; version 2 (binary document and
// passage records, texts not stored twice) keyed them by document id,
// passage id and hash, and replaced the JSON records of version 1. A
// writable Open of a version 2 store upgrades it: it writes the store
// anew in the current layout into verbatim.db.upgrade, fsyncs it and
// renames it over verbatim.db (a crash leaves the old store or the new
// one; a leftover .upgrade file is replaced), then opens it; the bleve
// index is kept as it is. A read-only Open of a version 2 store fails with
// ErrSchema naming `verbatim check --repair`, which upgrades it. Open of a
// store of any other version fails with ErrSchema: re-ingest into a new
// data dir.
//
// # Checking and repair
//
// Check verifies the store against itself and the bleve index (see
// ProblemKind for the list) and, with CheckOptions.Files, the documents
// against their files. The store is the source of truth: a repair rebuilds
// what derives from it (bleve entries, reference counts, path entries) and
// deletes orphans; a document whose own bytes are damaged (blob hash
// mismatch, missing text or passages) cannot be rebuilt from the store, so
// a repair drops it and names it in CheckReport.Dropped: the next ingest
// then adds its file again (without the drop, ingest would keep the damaged
// copy, since the file's size, time and hash still match the record).
// The bleve check compares passage ids; a passage indexed with stale text
// under its current id is only caught while its journal record is pending.
//
// # Write faults
//
// A write that fails (a full disk: ErrNoSpace; a read-only folder; any I/O
// error) leaves the store as it was before that write: the bbolt
// transaction is rolled back, and a failed bleve batch leaves its journal
// record, replayed by the next write or writable Open.
//
// # Caveats
//
// Byte slices read from bbolt are only valid inside their transaction; every
// value this package returns is a copy. The bbolt file never shrinks.
// Options.NoSync only affects bbolt: bleve persists every batch regardless.
package index
