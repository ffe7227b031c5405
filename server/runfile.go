package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"time"
)

// RunFileName is the file in the data folder where a running server
// records itself, so that the CLI can talk to it instead of waiting for the
// store it holds (as Ollama's CLI talks to `ollama serve`).
const RunFileName = "serve.json"

// ErrNotRunning is returned by ReadRunInfo when no live server is recorded.
var ErrNotRunning = errors.New("server: no server running")

// RunInfo is what a running server records about itself.
type RunInfo struct {
	PID     int       `json:"pid"`
	URL     string    `json:"url"` // base URL the CLI reaches it at: http://127.0.0.1:8080
	Started time.Time `json:"started"`
}

// NewRunInfo describes this process serving on addr (a listener's
// address); an unspecified host (0.0.0.0, ::) is reached on loopback.
func NewRunInfo(addr net.Addr) RunInfo {
	host, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		host, port = addr.String(), ""
	}
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = "127.0.0.1"
	}
	return RunInfo{PID: os.Getpid(), URL: "http://" + net.JoinHostPort(host, port), Started: time.Now().UTC()}
}

// WriteRunInfo records info in dir (atomically) and returns the function
// that removes the record again, unless another server replaced it.
func WriteRunInfo(dir string, info RunInfo) (remove func(), err error) {
	b, err := json.MarshalIndent(info, "", "  ")
	if err != nil {
		return nil, err
	}
	p := filepath.Join(dir, RunFileName)
	tmp := p + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o600); err != nil {
		return nil, fmt.Errorf("server: record address: %w", err)
	}
	if err := os.Rename(tmp, p); err != nil {
		_ = os.Remove(tmp)
		return nil, fmt.Errorf("server: record address: %w", err)
	}
	return func() {
		if cur, err := readRunFile(p); err == nil && cur.PID == info.PID {
			_ = os.Remove(p)
		}
	}, nil
}

// ReadRunInfo returns the server recorded in dir, or ErrNotRunning when
// there is no record, it cannot be read, or its process is gone (a server
// that was killed leaves a stale record behind).
func ReadRunInfo(dir string) (RunInfo, error) {
	info, err := readRunFile(filepath.Join(dir, RunFileName))
	if err != nil || info.PID <= 0 || info.URL == "" || !alive(info.PID) {
		return RunInfo{}, ErrNotRunning
	}
	return info, nil
}

func readRunFile(p string) (RunInfo, error) {
	var info RunInfo
	b, err := os.ReadFile(p)
	if err != nil {
		return info, err
	}
	return info, json.Unmarshal(b, &info)
}
