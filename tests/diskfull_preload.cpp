// A nearly full disk for one process, loaded with LD_PRELOAD by
// tst_diskfull: files under $NEUVO_FULL_DISK_DIR may grow by
// $NEUVO_FULL_DISK_FREE bytes in all (default 0), then every write that
// would make a file there longer fails with ENOSPC, as on a real full disk
// (writes inside a file's current length still succeed). statvfs reports
// the same free space, so "how much room is left" agrees with the writes.
// Containers in CI cannot mount a small tmpfs, and SQLite's max_page_count
// limits only the database, not the -shm file a reader must create; this
// fails the system calls themselves.
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

std::atomic<long long> g_used{0};

const char *fullDir()
{
    const char *dir = std::getenv("NEUVO_FULL_DISK_DIR");
    return dir && *dir ? dir : nullptr;
}

long long freeBytes()
{
    const char *text = std::getenv("NEUVO_FULL_DISK_FREE");
    const long long total = text ? std::atoll(text) : 0;
    return total > g_used.load() ? total - g_used.load() : 0;
}

bool onFullDisk(int fd)
{
    const char *dir = fullDir();
    if (!dir)
        return false;
    char link[64];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    char target[4096];
    const ssize_t n = ::readlink(link, target, sizeof target - 1);
    if (n <= 0)
        return false;
    target[n] = '\0';
    const size_t length = std::strlen(dir);
    return std::strncmp(target, dir, length) == 0 && (target[length] == '/' || target[length] == '\0');
}

// Whether writing count bytes at offset may go ahead; takes the growth from
// the free space.
bool roomFor(int fd, long long offset, long long count)
{
    if (count <= 0 || !onFullDisk(fd))
        return true;
    struct stat info = {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode))
        return true;
    const long long growth = offset + count - static_cast<long long>(info.st_size);
    if (growth <= 0)
        return true;
    if (growth > freeBytes()) {
        errno = ENOSPC;
        return false;
    }
    g_used += growth;
    return true;
}

template<typename F>
F next(const char *name)
{
    return reinterpret_cast<F>(::dlsym(RTLD_NEXT, name));
}

long long currentOffset(int fd)
{
    if (::fcntl(fd, F_GETFL) & O_APPEND) {
        struct stat info = {};
        return ::fstat(fd, &info) == 0 ? static_cast<long long>(info.st_size) : 0;
    }
    return ::lseek(fd, 0, SEEK_CUR);
}

template<typename Buffer>
void reportFree(Buffer *buffer)
{
    if (!fullDir())
        return;
    const unsigned long long unit = buffer->f_frsize ? buffer->f_frsize : buffer->f_bsize;
    if (unit == 0)
        return;
    buffer->f_bavail = buffer->f_bfree = static_cast<unsigned long long>(freeBytes()) / unit;
}

} // namespace

extern "C" {

ssize_t write(int fd, const void *data, size_t count)
{
    static const auto real = next<ssize_t (*)(int, const void *, size_t)>("write");
    const long long offset = currentOffset(fd);
    if (offset >= 0 && !roomFor(fd, offset, static_cast<long long>(count)))
        return -1;
    return real(fd, data, count);
}

ssize_t writev(int fd, const struct iovec *vector, int count)
{
    static const auto real = next<ssize_t (*)(int, const struct iovec *, int)>("writev");
    long long total = 0;
    for (int i = 0; i < count; ++i)
        total += static_cast<long long>(vector[i].iov_len);
    const long long offset = currentOffset(fd);
    if (offset >= 0 && !roomFor(fd, offset, total))
        return -1;
    return real(fd, vector, count);
}

ssize_t pwrite(int fd, const void *data, size_t count, off_t offset)
{
    static const auto real = next<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite");
    if (!roomFor(fd, offset, static_cast<long long>(count)))
        return -1;
    return real(fd, data, count, offset);
}

ssize_t pwrite64(int fd, const void *data, size_t count, off64_t offset)
{
    static const auto real = next<ssize_t (*)(int, const void *, size_t, off64_t)>("pwrite64");
    if (!roomFor(fd, offset, static_cast<long long>(count)))
        return -1;
    return real(fd, data, count, offset);
}

int fallocate(int fd, int mode, off_t offset, off_t length)
{
    static const auto real = next<int (*)(int, int, off_t, off_t)>("fallocate");
    if (!roomFor(fd, offset, length))
        return -1;
    return real(fd, mode, offset, length);
}

int posix_fallocate(int fd, off_t offset, off_t length)
{
    static const auto real = next<int (*)(int, off_t, off_t)>("posix_fallocate");
    if (!roomFor(fd, offset, length))
        return ENOSPC; // posix_fallocate returns the error
    return real(fd, offset, length);
}

int statvfs(const char *path, struct statvfs *buffer)
{
    static const auto real = next<int (*)(const char *, struct statvfs *)>("statvfs");
    const int result = real(path, buffer);
    if (result == 0)
        reportFree(buffer);
    return result;
}

int statvfs64(const char *path, struct statvfs64 *buffer)
{
    static const auto real = next<int (*)(const char *, struct statvfs64 *)>("statvfs64");
    const int result = real(path, buffer);
    if (result == 0)
        reportFree(buffer);
    return result;
}

int statfs(const char *path, struct statfs *buffer)
{
    static const auto real = next<int (*)(const char *, struct statfs *)>("statfs");
    const int result = real(path, buffer);
    if (result == 0)
        reportFree(buffer);
    return result;
}

int statfs64(const char *path, struct statfs64 *buffer)
{
    static const auto real = next<int (*)(const char *, struct statfs64 *)>("statfs64");
    const int result = real(path, buffer);
    if (result == 0)
        reportFree(buffer);
    return result;
}

} // extern "C"
