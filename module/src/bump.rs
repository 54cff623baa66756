//! The module's allocator: a bump allocator that counts what is live. A call allocates as it goes and, once
//! JavaScript has given back the call's text and result, nothing is live, so the next allocation starts again at
//! the bottom of the heap. Memory never grows past one call's worth, with a fraction of a general allocator's
//! code (talc was 1.8 KB of the module; the critical path counts every byte, docs/PERFORMANCE.md).

use core::alloc::{GlobalAlloc, Layout};
use core::cell::Cell;

/// WebAssembly's page size, in bytes.
const PAGE: usize = 65536;

pub struct Bump {
    /// Where the heap starts: the first page this allocator grew the memory by (0 before the first call).
    start: Cell<usize>,
    /// The next free byte.
    next: Cell<usize>,
    /// One past the heap's last byte.
    end: Cell<usize>,
    /// Allocations not yet given back.
    live: Cell<usize>,
}

// SAFETY: wasm32 without the atomics feature has one thread.
unsafe impl Sync for Bump {}

impl Bump {
    pub const fn new() -> Self {
        Bump {
            start: Cell::new(0),
            next: Cell::new(0),
            end: Cell::new(0),
            live: Cell::new(0),
        }
    }

    /// Grows the memory so that the heap reaches `needed_end` (with 0, only finds where the heap starts); false
    /// when the memory cannot grow.
    fn grow_to(&self, needed_end: usize) -> bool {
        let pages = needed_end.saturating_sub(self.end.get()).div_ceil(PAGE);
        let old = core::arch::wasm32::memory_grow(0, pages);
        if old == usize::MAX {
            return false;
        }
        // Nothing else grows this memory, so the new pages follow the heap (or begin it).
        if self.start.get() == 0 {
            self.start.set(old * PAGE);
            self.next.set(old * PAGE);
        }
        self.end.set((old + pages) * PAGE);
        true
    }
}

unsafe impl GlobalAlloc for Bump {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if self.start.get() == 0 && !self.grow_to(0) {
            return core::ptr::null_mut();
        }
        if self.live.get() == 0 {
            self.next.set(self.start.get());
        }
        let at = (self.next.get() + layout.align() - 1) & !(layout.align() - 1);
        let Some(after) = at.checked_add(layout.size()) else {
            return core::ptr::null_mut();
        };
        if after > self.end.get() && !self.grow_to(after) {
            return core::ptr::null_mut();
        }
        self.next.set(after);
        self.live.set(self.live.get() + 1);
        at as *mut u8
    }

    unsafe fn dealloc(&self, _: *mut u8, _: Layout) {
        self.live.set(self.live.get().saturating_sub(1));
    }
}
