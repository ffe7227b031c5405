// Package generate is the contract between Verbatim and the language models
// it drives (Generator, Request, Source, Output), plus what every model
// shares: numbering the passages a model is given, rendering the prompt and
// packing the passages into a context budget. Checking what a model wrote
// against those passages is package verify's job.
//
// Implementations live in sub-packages: generate/lossy is the built-in lossy
// model trained on the corpus, generate/reader the built-in reader that
// chooses and cuts the answer from the passages, generate/openai talks to
// any server that speaks the OpenAI chat-completions API (Ollama,
// llama.cpp, vLLM, OpenAI).
//
// # Prompts and the context budget
//
// A Builder renders the prompt of a Request from Go text/template templates
// (DefaultRAGPrompt, DefaultBarePrompt, or the Config's own) into chat
// Messages, and Builder.Pack fits the retrieved passages into the model's
// context: the answer's tokens are reserved first, then passages are kept
// best-first while they fit and whole, and those left out are reported in
// Packed.Dropped — nothing is cut silently. Tokens are counted with
// EstimateTokens, a conservative rule-based estimate, because no tokenizer
// can be downloaded at run time.
package generate
