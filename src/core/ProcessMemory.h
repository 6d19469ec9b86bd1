#pragma once

// The C allocator's handling of memory, where it can be told (glibc). Images pass through
// as multi-megabyte buffers, made on one thread and freed on another.
namespace ProcessMemory {

// Call once at start-up, before any thread starts. Large buffers come from the heap, not
// from a fresh mapping each (whose page faults cost more than copying the image), and
// from two arenas rather than eight per core, each of which kept its own share of a burst's
// peak (after 64 concurrent 1.8 MB images: 460 MB held with two, 640 MB with sixteen).
void configureAllocator();

// Gives freed memory back to the system (malloc_trim): 460 MB down to 29 MB after such a
// burst. Takes milliseconds, for moments when nothing is being served.
void releaseFreed();

} // namespace ProcessMemory
