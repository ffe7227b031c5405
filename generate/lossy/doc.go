// Package lossy is Verbatim's built-in language model: a variable-order word
// n-gram model trained on the ingested passages and stored within a byte
// budget, its bitrate. Nothing is downloaded; the model is what runs on a
// fresh machine.
//
// # Training and the budget
//
// Train tokenizes every passage (words, punctuation and newlines, each with
// the whitespace before it folded in, so tokens cover the text exactly),
// counts the n-grams of every order by sorting (context fingerprint, next
// token) records, and prices each entry Stolcke-style: the bits it saves on
// the training text over its shorter context's prediction, per byte it
// costs. The best entries are kept until the serialized model fits the
// budget ("8MiB", "65536" or "10%" of the corpus text). The default, 10%,
// is lossy on purpose: gzip needs about a third of English text to keep it
// all, so a tenth forces the model to forget, and it forgets what is worth
// least per byte first — facts seen once and long-range links — while
// frequent patterns survive. Contexts are stored as 32-bit fingerprints
// (delta-coded), an accepted lossy trade (Talbot & Osborne 2007).
// Probabilities are interpolated Witten–Bell; unknown words are spelled
// at 8 bits a byte, so Report's bits per byte is an honest number to set
// beside gzip's.
//
// Training's memory is a few pointer-free arrays: the tokens (5 bytes
// each), one chunk of counting records at a time (sorted on every core by
// a parallel radix sort), the distinct n-grams of each order (each with
// the index of its backoff in the order below until it is scored) and the
// scores of the entries that may fall near the budget's cut, which alone
// are ranked. Beyond the tokens (and a position index of the order being
// counted in one sort) it is capped by Config.TrainMemory: an order whose positions take more than one chunk
// is counted in sorted runs spilled to temporary files and merged, and
// counts that do not fit lose their rarest n-grams of the longer contexts
// first. Under the cap the model is the one an all-in-memory count makes.
//
// Records are also trained on as a reference work states them (the
// record view, recordview.go): a flat JSON object with a name field, or a
// row of delimited fields keyed by a code, is re-stated on a line of its
// own with its name first and its fields after it ("Kenya; alpha 2 KE
// alpha 3 KEN numeric 404"), and a JSON value that identifies its record
// gets an index line back to the name ("alpha 3 KEN Kenya; ..."), so that
// a field the text states lines away from its entity stands within one
// context of it. The view only adds training lines: the bits per byte,
// the corpus's size and a "%" budget are the text's.
//
// # The stored model
//
// Keeper is the model's lifecycle beside a corpus (index.Corpus implements
// its Store): Retrain trains on every stored passage and stores the model
// with a stamp of the corpus's last ingest in one transaction; Fresh says
// whether the stored model is that of the corpus as it is now (a crash
// between an ingest and its training leaves a stale one); Load reads it
// back; AfterIngest is what a server calls after an ingest while it keeps
// answering with the model it has.
//
// A Stream takes the training text during the ingest instead (its Add is
// an ingest.Options.Passages): it tokenizes each stored document on its
// own goroutine, and RetrainFrom trains on it without rereading the
// store, when the store holds exactly the documents it was given; the
// words are renumbered into the store's order, so the model is the one
// Retrain makes. Otherwise (an incremental ingest, a stream over its
// memory cap) RetrainFrom is Retrain.
//
// TrainPassages trains on passages that name their document and weights
// the pruning by Config.Priority (glob → weight): each occurrence of an
// entry counts its document's weight, so prioritised documents keep more
// of the budget. MeasureBits splits the bits per byte by token class
// (BitClass) and document format; Holds tells whether the model predicts a
// stated fact from the words before it.
//
// # Decoding
//
// Generator implements generate.Generator. In RAG mode it hands the
// question and the retrieved passages to generate/reader, which chooses
// the whole unit to copy (a sentence, a record line, a table row, an
// expansion) or declines below its calibrated confidence; the Generator
// writes the copied bytes and their provenance (Output.Copies), so the
// citations come from where the bytes came from. The model contributes the
// rarity of the question's words (IDF).
//
// In Bare mode the model continues the spans of the question it knows as
// contexts (the subject, "the capital of Norland"), in the surface forms
// the training text may write them (as asked, at a line's start,
// upper-cased as record files write names, alone on a headword's line),
// searching the continuations best first by its own probabilities,
// steered toward the question's words, their relations and the answer
// type, up to the end of a unit that states a value of the asked type. A
// token the longest held context never saw follow it (a jump to what the
// shorter contexts guess) costs four bits more than its probability. For
// a question asking for a code, it also searches back from the subject
// for the key a record states before it ("FE46;WHITE SESAME DOT",
// "ADB\n Apple Desktop Bus"), through the predecessor index of the model's
// bigrams, keeping only sequences the model holds as whole text. The
// answer is the continuation that covers the question and the asked type
// at the fewest bits of the model's doubt, never one that only repeats
// the question, never one that repeats a three-token sequence. The search is bounded
// (searchNodes) and checks its context every step. It reads nothing but
// the model's own bytes and refuses requests that carry sources. Decoding
// is deterministic at temperature 0; a temperature and a seed make
// sampling reproducible.
//
// # Caveats
//
// An n-gram model recalls what lies a few words after a name; facts stated
// far from it are lost first, whatever the budget. Bare answers are
// plausible artifacts as often as facts: that is the point of comparing
// them with RAG answers.
package lossy
