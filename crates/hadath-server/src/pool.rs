//! A small pool of read-only store connections.
//!
//! A SQLite connection is not `Sync`, so each query takes one connection out of the pool and
//! runs on tokio's blocking threads. A request waits (asynchronously) for a free connection;
//! a query that outlives its deadline is interrupted through SQLite, its connection goes
//! back to the pool as soon as the statement stops, and the client gets a 503.
//!
//! The pool also notices writes by other processes (`PRAGMA data_version`, checked per
//! connection before each query) and bumps an epoch that cached answers are tagged with.
//! A cached answer may be served without a connection while some connection has looked at
//! the store in the last [`FRESH`]: a write shows within that time.

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use hadath_store::Store;
use hadath_store::views::Interrupt;
use tokio::sync::Semaphore;

use crate::error::ApiError;

/// How long a look at the store's version stays good for answers from the cache.
pub const FRESH: Duration = Duration::from_millis(250);

struct Slot {
    store: Store,
    interrupt: Arc<Interrupt>,
    seen_version: i64,
}

/// Read-only connections to one store.
pub struct Pool {
    slots: Mutex<Vec<Slot>>,
    permits: Arc<Semaphore>,
    epoch: AtomicU64,
    /// When a connection last checked the store's version (ms since `started`).
    checked_ms: AtomicU64,
    started: Instant,
}

impl std::fmt::Debug for Pool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pool").field("available", &self.permits.available_permits()).finish()
    }
}

impl Pool {
    /// Opens `size` read-only connections to the store at `path`.
    pub fn open(path: &Path, size: usize) -> Result<Pool, hadath_store::StoreError> {
        let mut slots = Vec::with_capacity(size.max(1));
        for _ in 0..size.max(1) {
            let store = Store::open_read_only(path)?;
            let seen_version = store.data_version()?;
            slots.push(Slot { interrupt: Arc::new(store.interrupt_handle()), store, seen_version });
        }
        let n = slots.len();
        Ok(Pool {
            slots: Mutex::new(slots),
            permits: Arc::new(Semaphore::new(n)),
            epoch: AtomicU64::new(0),
            checked_ms: AtomicU64::new(0),
            started: Instant::now(),
        })
    }

    fn now_ms(&self) -> u64 {
        u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    /// The current epoch, if a connection checked the store's version within [`FRESH`].
    pub fn fresh_epoch(&self) -> Option<u64> {
        let age = self.now_ms().saturating_sub(self.checked_ms.load(Ordering::Relaxed));
        (age < FRESH.as_millis() as u64).then(|| self.epoch.load(Ordering::SeqCst))
    }

    /// Runs `f` on a free connection, with the store's current epoch, within `deadline`
    /// (waiting for a connection included).
    pub async fn run<T, F>(self: &Arc<Self>, deadline: Duration, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Store, u64) -> Result<T, ApiError> + Send + 'static,
    {
        let started = Instant::now();
        let permit = match tokio::time::timeout(deadline, self.permits.clone().acquire_owned()).await {
            Ok(Ok(p)) => p,
            Ok(Err(_)) => return Err(ApiError::unavailable("the server is shutting down")),
            Err(_) => return Err(ApiError::unavailable("the server is busy; try again")),
        };
        let slot = self.take().ok_or_else(|| ApiError::internal("no free connection behind a permit"))?;
        let interrupt = Arc::clone(&slot.interrupt);
        // Set (under the lock) when the query is over, before the connection is handed back:
        // an interrupt can then never reach the next request's query.
        let finished = Arc::new(Mutex::new(false));
        let finished_in_task = Arc::clone(&finished);
        let pool = Arc::clone(self);
        let task = tokio::task::spawn_blocking(move || {
            // Hands the connection back even if `f` panics.
            let mut lease = Lease { pool, slot: Some(slot), finished: finished_in_task, _permit: permit };
            let (store, epoch) = lease.check_version()?;
            f(store, epoch)
        });
        let remaining = deadline.saturating_sub(started.elapsed());
        match tokio::time::timeout(remaining, task).await {
            Ok(Ok(out)) => out,
            Ok(Err(e)) => Err(ApiError::internal(format!("query task failed: {e}"))),
            Err(_) => {
                if let Ok(done) = finished.lock()
                    && !*done
                {
                    interrupt.interrupt();
                }
                Err(ApiError::unavailable(format!(
                    "the query took longer than {} s and was stopped; narrow the filters",
                    deadline.as_secs_f32()
                )))
            }
        }
    }

    fn take(&self) -> Option<Slot> {
        // (The lock is never held across anything that can panic.)
        self.slots.lock().ok()?.pop()
    }

    fn give_back(&self, slot: Slot) {
        if let Ok(mut slots) = self.slots.lock() {
            slots.push(slot);
        }
    }
}

/// A connection taken out of the pool, returned on drop; then the permit is released.
struct Lease {
    pool: Arc<Pool>,
    slot: Option<Slot>,
    finished: Arc<Mutex<bool>>,
    _permit: tokio::sync::OwnedSemaphorePermit,
}

impl Lease {
    /// The connection and the epoch, bumped first if another process wrote to the store.
    fn check_version(&mut self) -> Result<(&Store, u64), ApiError> {
        let slot = self.slot.as_mut().ok_or_else(|| ApiError::internal("lease without a connection"))?;
        if let Ok(v) = slot.store.data_version()
            && v != slot.seen_version
        {
            slot.seen_version = v;
            self.pool.epoch.fetch_add(1, Ordering::SeqCst);
        }
        self.pool.checked_ms.store(self.pool.now_ms(), Ordering::Relaxed);
        Ok((&slot.store, self.pool.epoch.load(Ordering::SeqCst)))
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        if let Ok(mut done) = self.finished.lock() {
            *done = true;
        }
        if let Some(slot) = self.slot.take() {
            self.pool.give_back(slot);
        }
    }
}
