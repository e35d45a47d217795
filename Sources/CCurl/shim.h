#include <curl/curl.h>

// curl_easy_setopt and curl_easy_getinfo are variadic, which Swift cannot call: one typed
// wrapper per kind of value.

typedef size_t (*erfaring_curl_data_callback)(char *data, size_t size, size_t count, void *context);

typedef int (*erfaring_curl_progress_callback)(void *context, curl_off_t downloadTotal, curl_off_t downloaded,
                                               curl_off_t uploadTotal, curl_off_t uploaded);

static inline CURLcode erfaring_curl_set_progress(CURL *handle, erfaring_curl_progress_callback value) {
    return curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, value);
}

static inline CURLcode erfaring_curl_set_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode erfaring_curl_set_pointer(CURL *handle, CURLoption option, const void *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode erfaring_curl_set_callback(CURL *handle, CURLoption option, erfaring_curl_data_callback value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode erfaring_curl_get_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

/// Only http and https, for the request and for anything it could be sent on to.
static inline CURLcode erfaring_curl_allow_http_only(CURL *handle) {
#if LIBCURL_VERSION_NUM >= 0x075500
    CURLcode code = curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    if (code != CURLE_OK) return code;
    return curl_easy_setopt(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
    CURLcode code = curl_easy_setopt(handle, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
    if (code != CURLE_OK) return code;
    return curl_easy_setopt(handle, CURLOPT_REDIR_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
}
