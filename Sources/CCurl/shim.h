// libcurl for the HTTP connectors (Decision 56) and the SOC forwarder's TCP and TLS connection (Decision 60). curl_easy_setopt and curl_easy_getinfo are variadic, which Swift
// cannot call: these typed wrappers stand in for them.
#ifndef IOC_CCURL_SHIM_H
#define IOC_CCURL_SHIM_H
#include <curl/curl.h>
#include <errno.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <linux/sockios.h>

typedef size_t (*ioc_curl_write_fn)(char *data, size_t size, size_t count, void *user);
typedef int (*ioc_curl_progress_fn)(void *user, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal,
                                    curl_off_t ulnow);

static inline CURLcode ioc_curl_set_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}
static inline CURLcode ioc_curl_set_offset(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}
static inline CURLcode ioc_curl_set_pointer(CURL *handle, CURLoption option, const void *value) {
    return curl_easy_setopt(handle, option, value);
}
static inline CURLcode ioc_curl_set_write(CURL *handle, ioc_curl_write_fn function) {
    return curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, function);
}
static inline CURLcode ioc_curl_set_progress(CURL *handle, ioc_curl_progress_fn function) {
    return curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, function);
}
static inline CURLcode ioc_curl_get_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}
static inline CURLcode ioc_curl_get_string(CURL *handle, CURLINFO info, char **value) {
    return curl_easy_getinfo(handle, info, value);
}
static inline CURLcode ioc_curl_get_offset(CURL *handle, CURLINFO info, curl_off_t *value) {
    return curl_easy_getinfo(handle, info, value);
}
static inline CURLcode ioc_curl_get_socket(CURL *handle, curl_socket_t *value) {
    return curl_easy_getinfo(handle, CURLINFO_ACTIVESOCKET, value);
}

/// Bytes sent on a TCP socket that its peer has not acknowledged yet (SIOCOUTQ), or -1 with errno.
static inline int ioc_socket_unacknowledged(int fd) {
    int count = 0;
    if (ioctl(fd, SIOCOUTQ, &count) != 0) return -1;
    return count;
}

/// Waits up to `timeout_ms` for `fd` to have something to read (data, an end, a reset): 1 yes, 0 not yet, -1 error.
static inline int ioc_socket_wait_readable(int fd, int timeout_ms) {
    struct pollfd p = { .fd = fd, .events = POLLIN, .revents = 0 };
    int ready = poll(&p, 1, timeout_ms);
    if (ready < 0) return -1;
    return ready > 0 ? 1 : 0;
}

/// Waits up to `timeout_ms` for `fd` to take more bytes: 1 ready, 0 not yet, -1 an error with errno.
static inline int ioc_socket_wait_writable(int fd, int timeout_ms) {
    struct pollfd p = { .fd = fd, .events = POLLOUT, .revents = 0 };
    int ready = poll(&p, 1, timeout_ms);
    if (ready < 0) return -1;
    return ready > 0 ? 1 : 0;
}
#endif
