package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/index"
	"github.com/verbatim-rag/verbatim/ingest"
	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/retrieve"
)

// Deps is what the caller wires into a Server.
type Deps struct {
	// Corpus is the open, writable corpus; the server never closes it.
	Corpus *index.Corpus
	// Retrieve, Answer and Ingest configure the packages the server drives.
	Retrieve retrieve.Config
	Answer   rag.Config
	Ingest   ingest.Config
	// Generator answers questions; nil until a model exists (questions then
	// get 503 until an ingest produces one through AfterIngest).
	Generator generate.Generator
	// AfterIngest, when set, runs once an ingest that changed the corpus
	// (or when there is no generator yet) has stored its files, beside the
	// merge of the index that may end it, and returns the generator to use
	// from then on, typically the built-in model retrained on the corpus.
	AfterIngest func(ctx context.Context) (generate.Generator, error)
	// ModelKey is the meta key of the stored built-in model, whose size
	// GET /api/stats reports as model_bytes; "" reports none.
	ModelKey string
	// Logger receives one line per request and per ingest; nil discards.
	Logger *slog.Logger
}

// ErrNoCorpus is returned by New without a corpus.
var ErrNoCorpus = errors.New("server: no corpus")

// Server serves one corpus over HTTP. Create it with New.
type Server struct {
	cfg       Config
	deps      Deps
	corpus    *index.Corpus
	retr      *retrieve.Retriever
	gen       atomic.Pointer[genBox]
	apiKey    string
	roots     []string // allowed ingest roots, absolute with symlinks resolved
	uploadDir string
	jobs      *jobs
	metrics   *metrics
	log       *slog.Logger
	handler   http.Handler
	started   time.Time
	loopback  atomic.Bool // listening on loopback only: check Host (see hostGuard)
}

// genBox lets a nil generator live in an atomic.Pointer.
type genBox struct{ g generate.Generator }

// New checks cfg, resolves the allowed roots and builds the routes.
func New(deps Deps, cfg Config) (*Server, error) {
	if deps.Corpus == nil {
		return nil, ErrNoCorpus
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	roots, err := resolveRoots(cfg.AllowRoots)
	if err != nil {
		return nil, err
	}
	s := &Server{
		cfg: cfg, deps: deps, corpus: deps.Corpus, roots: roots,
		retr:      retrieve.New(deps.Corpus, deps.Retrieve),
		uploadDir: cfg.UploadDir,
		metrics:   newMetrics(),
		log:       deps.Logger,
		started:   time.Now(),
	}
	if s.log == nil {
		s.log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if s.uploadDir == "" {
		s.uploadDir = filepath.Join(deps.Corpus.Dir(), "uploads")
	}
	// Upload jobs' roots are absolute, as every other path the API gives.
	if abs, err := filepath.Abs(s.uploadDir); err == nil {
		s.uploadDir = abs
	}
	if cfg.APIKeyEnv != "" {
		s.apiKey = os.Getenv(cfg.APIKeyEnv)
	}
	s.gen.Store(&genBox{deps.Generator})
	s.jobs = newJobs(s)
	s.loopback.Store(isLoopback(cfg.Addr))
	if s.handler, err = s.middleware(s.routes()); err != nil {
		return nil, err
	}
	return s, nil
}

// Handler returns the server's HTTP handler (routes and middleware).
func (s *Server) Handler() http.Handler { return s.handler }

// Generator returns the generator questions are answered with now.
func (s *Server) Generator() generate.Generator { return s.gen.Load().g }

// SetGenerator replaces the generator; running requests keep theirs.
func (s *Server) SetGenerator(g generate.Generator) { s.gen.Store(&genBox{g}) }

func (s *Server) routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/ask", s.handleAsk)
	mux.HandleFunc("GET /api/search", s.handleSearch)
	mux.HandleFunc("POST /api/ingest", s.handleIngest)
	mux.HandleFunc("GET /api/ingest", s.handleJobs)
	mux.HandleFunc("GET /api/ingest/{id}", s.handleJob)
	mux.HandleFunc("GET /api/documents", s.handleDocuments)
	mux.HandleFunc("GET /api/documents/{id}", s.handleDocument)
	mux.HandleFunc("GET /api/documents/{id}/raw", s.handleRaw)
	mux.HandleFunc("GET /api/documents/{id}/text", s.handleText)
	mux.HandleFunc("GET /api/passages/{id}", s.handlePassage)
	mux.HandleFunc("GET /api/stats", s.handleStats)
	mux.HandleFunc("POST /v1/chat/completions", s.handleChat)
	mux.HandleFunc("GET /v1/models", s.handleModels)
	mux.HandleFunc("GET /v1/models/{model}", s.handleModel)
	mux.HandleFunc("GET /healthz", s.handleHealth)
	mux.HandleFunc("GET /metrics", s.handleMetrics)
	mux.Handle("GET /static/", staticHandler())
	mux.HandleFunc("GET /{$}", handleIndex)
	return mux
}

// Serve serves on ln until ctx is cancelled, then shuts down gracefully:
// it stops accepting, lets in-flight requests finish (at most
// Config.ShutdownTimeout), cancels a running ingest and waits for it.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       s.cfg.ReadTimeout,
		WriteTimeout:      s.cfg.WriteTimeout,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	s.loopback.Store(isLoopback(ln.Addr().String()))
	s.log.Info("server: listening", "addr", ln.Addr().String(), "auth", s.apiKey != "", "allow_roots", s.roots,
		"host_check", s.loopback.Load())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		s.jobs.stop()
		return fmt.Errorf("server: %w", err)
	case <-ctx.Done():
	}
	s.log.Info("server: shutting down", "timeout", s.cfg.ShutdownTimeout)
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer cancel()
	err := srv.Shutdown(sctx)
	if err != nil {
		_ = srv.Close()
		err = fmt.Errorf("server: shutdown: %w", err)
	}
	s.jobs.stop()
	if serr := <-errc; serr != nil && !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = fmt.Errorf("server: %w", serr)
	}
	return err
}

// Close cancels a running ingest and waits for it, for callers that use
// Handler without Serve (tests, embedding).
func (s *Server) Close() { s.jobs.stop() }
