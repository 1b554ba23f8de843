#include "window/texture_blit.hpp"

#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>
#include <GL/glext.h>

namespace medmap::window {

TextureBlit::~TextureBlit() {
    if (framebuffer_ != 0 && window_.setActive(true)) {
        const GLuint fb = framebuffer_;
        glDeleteFramebuffers(1, &fb);
    }
}

bool TextureBlit::copy(const sf::Texture& texture, const std::vector<sf::IntRect>& rects) {
    if (unusable_ || !window_.setActive(true)) return false;
    if (framebuffer_ == 0) {
        GLuint fb = 0;
        glGenFramebuffers(1, &fb);
        framebuffer_ = fb;
    }
    const auto height = static_cast<GLint>(window_.getSize().y);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer_);
    glFramebufferTexture2D(GL_READ_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture.getNativeHandle(), 0);
    const bool complete = glCheckFramebufferStatus(GL_READ_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    if (complete) {
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
        for (const sf::IntRect& r : rects) {
            // OpenGL counts rows from the bottom, in the texture and in the window alike.
            const GLint x0 = r.left, x1 = r.left + r.width, y0 = height - (r.top + r.height), y1 = height - r.top;
            glBlitFramebuffer(x0, y0, x1, y1, x0, y0, x1, y1, GL_COLOR_BUFFER_BIT, GL_NEAREST);
        }
    }
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    unusable_ = !complete || glGetError() != GL_NO_ERROR;
    return !unusable_;
}

}  // namespace medmap::window
