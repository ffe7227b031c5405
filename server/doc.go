// Package server is Verbatim's HTTP server: one process that keeps the
// corpus open and serves many users, so that ingest and questions no longer
// fight over the store's file lock.
//
// # API
//
// Every answer is JSON. The routes are:
//
//	POST /api/ask                 answer a question (rag or bare); SSE with Accept: text/event-stream
//	GET  /api/search              ranked passages with spans and highlights
//	POST /api/ingest              ingest an allowed folder (JSON) or uploaded files (multipart); 202 + job
//	GET  /api/ingest              recent ingest jobs
//	GET  /api/ingest/{id}         progress and report of one job
//	GET  /api/documents           every document (?path= for the one stored under a path)
//	GET  /api/documents/{id}      one document and its passages
//	GET  /api/documents/{id}/raw  the exact stored bytes of the original file
//	GET  /api/documents/{id}/text the extracted text and its source map
//	GET  /api/passages/{id}       a passage in its document context, a cited span highlighted
//	GET  /api/stats               corpus statistics
//	POST /v1/chat/completions     OpenAI-compatible: model "verbatim" (RAG) or "verbatim-bare"
//	GET  /v1/models               the models above
//	GET  /healthz                 liveness, never behind the API key
//	GET  /metrics                 Prometheus text exposition
//	GET  /                        the web page (embedded; no CDN)
//
// # Safety
//
// The server binds to 127.0.0.1 by default. When the environment variable
// named by Config.APIKeyEnv holds a key, every route but /healthz and the
// page's static files needs "Authorization: Bearer KEY". Request bodies and
// questions are bounded, ids are checked against strict patterns before
// they reach the store, and folders to ingest must resolve (symbolic links
// followed) to a folder inside one of Config.AllowRoots; server ingests
// never follow symbolic links inside those folders. CORS headers are sent
// only for the origins in Config.CORSOrigins.
//
// Browsers send requests to loopback on any web page's behalf, so writes
// (POST) that a browser marks as cross-site are refused unless their origin
// is in Config.CORSOrigins, and while the server listens on loopback only a
// Host header must name loopback, localhost or one of Config.AllowedHosts
// (DNS rebinding). Requests without Origin or Sec-Fetch-Site (curl, the
// CLI) are not a browser's and pass (see guard.go).
//
// # The CLI
//
// A running server records its URL and pid in the data folder
// (WriteRunInfo, RunFileName); the CLI finds it with ReadRunInfo, which
// ignores records of dead processes, and reads through Client, whose
// methods mirror the corpus reads the commands make.
//
// # Concurrency
//
// One ingest runs at a time (a second gets 409) in the background while
// questions and searches go on against the same open corpus. Once its
// files are stored, Deps.AfterIngest may return a retrained generator
// (training beside the merge of the index that may end the ingest; the job
// ends when both have), which replaces the old one atomically: requests
// already running finish with the generator they started with.
//
// # Shutdown
//
// Serve returns when its context is cancelled, after in-flight requests
// finished (or Config.ShutdownTimeout passed) and a running ingest was
// cancelled and has stopped; the caller then closes the corpus.
package server
