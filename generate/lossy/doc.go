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
// # Decoding
//
// Generator implements generate.Generator. Decoding is greedy at
// temperature 0; a temperature and a seed make sampling reproducible.
//
// In RAG mode the retrieved passages are spliced into the context: the
// decoder starts at the sentence that best matches the question, then at every
// step mixes P = λ·P_copy + (1-λ)·P_model over the tokens its copy
// pointers propose. Every token is copied, so Output.Copies give the exact
// passage bytes of the whole answer, and citations come from where the
// bytes came from. Answers stop after the sentence that holds what the
// question asks for (at most MaxSentences).
//
// # Choosing the sentence
//
// A sentence is weighed by
//
//   - the rarity of the question words it holds; a word of the same
//     related group ("completed" for "finished", "inhabitants" for
//     "population", see english.Related) earns most of it;
//   - the answer type the question asks for (see answerType): a date for
//     "when", a count near the counted noun for "how many X", a number
//     with a unit of the asked dimension for "how tall/long/large", an
//     amount for "how much", and for "who"/"which king" a name the
//     question does not already hold, a sentence's opening capital
//     ("Over forty years ...") being no name when the corpus also writes
//     the word in lower case;
//   - binding to the passage about the question's names (see binding.go):
//     names in a passage's title, headings or first sentence count in all
//     of its sentences ("Its kilns ..."), a passage about them earns a
//     bonus, and a name the passage lacks costs;
//   - words describing a name in the question ("the cartographer Matthias
//     Krell", "the river Auss") count in every sentence when the passage's
//     opening holds them: they say whom the question is about, not what
//     it asks;
//   - a Markdown table row or a "Key: value" line is a candidate of its
//     own; a row holds its column names, and a question word in the key
//     ("| Calling code | +417 |") earns half its weight again;
//   - and, a little, the retrieval rank and the sentence's length.
//
// The answer type is read strictly: a month alone ("June to September")
// is half a date, a where answer's name needs a preposition of place
// ("in Lugg"), a measure followed by a measure word and preceded by
// another noun ("a canyon about 11 km long") is that noun's. Numbers in
// hyphenated question words ("50-serra") must match as numbers.
// Sentences end at a full stop except after abbreviations ("Op. 22",
// "St.", "approx.") and initials, unless a number stands before them
// ("34 °C. Seefeld ...").
//
// When the best sentence, its neighbours and its passage's title,
// headings and first sentence lack one of the question's names, the
// answer is generate.Abstention: the sources are about another entity.
//
// Headings are never answers. When a who or which question's best
// sentence names nothing new ("He succeeded his mother in 1730") and its
// passage opens with a name, the answer is two copied sentences: the
// opening one, then the matched one.
//
// In Bare mode the same model decodes from the spans of the question it
// knows as contexts (the subject, "the capital of Norland"), steering
// toward the question's words and the answer type; it reads nothing but
// the model's own bytes and refuses requests that carry sources.
//
// # Caveats
//
// An n-gram model recalls what lies a few words after a name; facts stated
// far from it are lost first, whatever the budget. Bare answers are
// plausible artifacts as often as facts: that is the point of comparing
// them with RAG answers.
package lossy
