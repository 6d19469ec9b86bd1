#pragma once

// The C allocator's handling of memory, where it can be told (glibc). Images pass through
// as multi-megabyte buffers, made on one thread and freed on another.
namespace ProcessMemory {

// Call once at start-up, before any thread starts. Large buffers come from the heap, not
// from a fresh mapping each (whose page faults cost more than copying the image), and
// from one arena rather than eight per core: each arena kept its own share of a burst's
// peak, and malloc_trim() gives back only the main arena's top, so with two the second
// kept up to 20 MB after the load (idle 43 MiB instead of 31 MiB at 64 connections; the
// throughput was the same).
void configureAllocator();

// Gives freed memory back to the system (malloc_trim): 460 MB down to 29 MB after such a
// burst. Takes milliseconds, for moments when nothing is being served.
void releaseFreed();

} // namespace ProcessMemory
