// Package compare measures what retrieval adds: it asks every question of a
// question set in RAG mode and in bare mode with the same generator and
// settings, scores both, and reports the difference as a terminal table, a
// JSON document and a self-contained HTML page.
//
// # Inputs
//
// A question set is JSONL, a JSON array or CSV (see LoadQuestions). Each
// question has gold answers; an empty list marks a question the documents
// cannot answer. An optional source names the file that holds the answer.
//
// The package drives small interfaces rather than the pipeline itself: an
// Asker answers one question in one mode, an AnswerCounter counts the passages that
// contain an answer (NewPassageTexts is one over passage texts), and a
// Retrainer rebuilds the model at a byte budget.
//
// # Metrics
//
// Matching (Match) follows PopQA: an answer is correct when any gold answer
// appears in it, after normalisation, as a whole token sequence. Normalize
// lower-cases, keeps letters (with their diacritics) and digits, joins digit
// groups written with thousands separators ("8,340" becomes "8340"), and
// turns every other character into a token boundary. So "1" does not match
// "1776", and "14 March 1871" matches "born on 14 March, 1871".
//
// Per mode, over the answerable questions that did not fail with an error,
// every answer is exactly one of correct (not abstained, matches a gold
// answer), abstained, or hallucinated (answered but wrong): accuracy,
// abstention and hallucination add up to one. Over the unanswerable
// questions, the negative-rejection rate is the share that abstained; the
// others count as hallucinated answers to unanswerable questions.
//
// A question is right in a mode when it is correct (answerable) or abstained
// (unanswerable). With both modes run, its outcome is both_right, rag_fixed
// (only RAG right), rag_broke (only bare right) or both_wrong.
//
// Citation precision and recall follow ALCE (Gao et al. 2023) with exact-text
// support in place of an entailment model. Only the sentences of an answer
// that state facts (verify.Check.Facts not empty) count. Recall is the
// share of those sentences that cite at least one passage and are supported
// (Check.Supported, as the pipeline decided: every fact appears in the cited
// text). A citation attached to such a sentence is correct when the sentence
// is supported and the citation matters: its quote alone holds every fact of
// the sentence, or it holds a fact that no other citation of the sentence
// holds (ALCE's "removing it changes the verdict"). Precision is correct
// citations over all citations attached to fact-bearing sentences; a
// citation number with no resolved citation counts as incorrect.
//
// Retrieval hit@k and MRR use the passages given to the model
// (rag.Answer.Sources, in order) and the question's source, matched as a
// path suffix on a "/" boundary; the rank is that of the first passage from
// the source file. MRR averages 1/rank, 0 when the source is missing. A mode
// none of whose answers had sources gets no retrieval figures.
//
// Latency percentiles use the nearest-rank method over the answers' total
// time (rag.Timings.Total, or the wall time of Ask when it is zero).
//
// # Frequency curve
//
// Each answerable question is put in a bucket by how many passages of the
// corpus contain its gold answer (the largest count over its gold answers):
// 0, 1, 2–3, 4–10 or more than 10. Accuracy per bucket and mode is the
// popularity curve of PopQA on the user's own corpus. The share of questions
// whose answer is in exactly one passage estimates the once-seen ("monofact")
// rate below which, per Kalai and Vempala (2023), a calibrated model cannot
// push its hallucination rate.
//
// # Kinds of fact
//
// Every question has a kind (KindOf): the one its file gives, or else the
// type of its first gold answer (AnswerKind): number, date, measure, name,
// code or other. Every mode's figures are also computed per kind
// (Report.Kinds, SweepPoint.Kinds), so a report shows whether numbers are
// lost before names as the model shrinks.
//
// # What the model holds
//
// A SweepPoint's Model (ModelBits, filled by the caller that trained the
// built-in model) gives the corpus's bits per byte under the model per
// token class and document format beside gzip's (lossy.Bits), and the
// share of the questions' facts the model holds (FactsHeld): the ceiling
// a bare decoder could reach, set beside the accuracy it does reach.
// LostFirst ranks the token classes by the bits they gain as the budget
// shrinks. Options.Group splits every figure by a group of the questions'
// sources; PriorityGroups groups them by model.priority glob.
//
// # Temperature grid
//
// Grid asks the questions at each temperature (and budget) once per seed,
// through a Sampler that decodes at a temperature with a seed. Accuracy and
// hallucination are measured per seed and reported as a Spread (mean,
// sample standard deviation, range). Diversity is, per question, (distinct
// answers − 1) / (answers − 1) over the seeds, answers compared after
// Normalize and an abstention counting as one answer, averaged over the
// questions: 0 when every seed answered alike, 1 when each answered
// differently.
//
// # Every ratio
//
// Figures are Ratio values that carry their numerator and denominator, so
// the JSON can be checked by hand; a ratio with a zero denominator has no
// value (null in JSON, "–" in the table and the page).
package compare
