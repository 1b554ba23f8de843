#include "export/csp_hash.hpp"

#include <openssl/evp.h>

#include <stdexcept>

namespace medmap::exporter {

// OpenSSL's libcrypto computes the digest and its base64: a well-kept library for both,
// rather than a hand-written SHA-256.
std::string csp_sha256(std::string_view content) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(content.data(), content.size(), digest, &size, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("cannot compute the page's SHA-256 for its Content-Security-Policy");
    unsigned char base64[4 * ((EVP_MAX_MD_SIZE + 2) / 3) + 1];
    const int length = EVP_EncodeBlock(base64, digest, static_cast<int>(size));
    return "'sha256-" + std::string(reinterpret_cast<const char*>(base64), static_cast<std::size_t>(length)) + "'";
}

}  // namespace medmap::exporter
