"""The C source of the CPU mHC kernels (`hc_kernel`): the mixing (unit RMS, mixes projection, sigmoids,
softmax, Sinkhorn rounds and collapse, 16 tokens at a time with one token per vector lane), the write back
into the streams (new, in place, or followed by the next mixing) and the final collapse. Every token is
computed alone with sums in a fixed order, so it gets the same bits in a batch of any size.
"""

from sluice.inference.v4 import c_build

SOURCE = c_build.DOT_SOURCE + c_build.LANES_SOURCE + r"""
#include <stdlib.h>


/* the 16 running sums of a row added in a fixed tree */
static inline float hsum16(v16 v) {
    float h[8];
    for (int i = 0; i < 8; i++) h[i] = v[i] + v[i + 8];
    return ((h[0] + h[4]) + (h[2] + h[6])) + ((h[1] + h[5]) + (h[3] + h[7]));
}

/* out[j] = sum over i < len of a[i] * b[j * len + i] for j < ROWS: 16 running sums per row (one
   vector) over the 16-wide chunks, a fixed tree, then the tail in order. A row's sum is the same
   whichever group of rows it is computed in. */
#define DOT_ROWS(ROWS)                                                                              \
static void dot_rows##ROWS(const float *restrict a, const float *restrict b, long len,              \
                           float *restrict out) {                                                   \
    v16 acc[ROWS];                                                                                  \
    for (int j = 0; j < ROWS; j++) acc[j] = (v16){0};                                               \
    long i = 0;                                                                                     \
    for (; i + LANES <= len; i += LANES) {                                                          \
        v16 x = load16(a + i);                                                                      \
        for (int j = 0; j < ROWS; j++) acc[j] += x * load16(b + j * len + i);                       \
    }                                                                                               \
    for (int j = 0; j < ROWS; j++) {                                                                \
        float total = hsum16(acc[j]);                                                               \
        for (long k = i; k < len; k++) total += a[k] * b[j * len + k];                             \
        out[j] = total;                                                                             \
    }                                                                                               \
}
DOT_ROWS(8)
DOT_ROWS(1)

/* dot_rows8 for two rows of a at once (a0, a1: each b row read once for both); the same bits as two
   dot_rows8 calls */
static void dot_rows8_pair(const float *restrict a0, const float *restrict a1, const float *restrict b,
                           long len, float *restrict out0, float *restrict out1) {
    v16 acc0[8], acc1[8];
    for (int j = 0; j < 8; j++) acc0[j] = acc1[j] = (v16){0};
    long i = 0;
    for (; i + LANES <= len; i += LANES) {
        v16 x0 = load16(a0 + i), x1 = load16(a1 + i);
        __builtin_prefetch(a0 + 2 * len + i);  /* the next pair of tokens (rows of a are len apart) */
        __builtin_prefetch(a1 + 2 * len + i);
        for (int j = 0; j < 8; j++) {
            v16 y = load16(b + j * len + i);
            acc0[j] += x0 * y;
            acc1[j] += x1 * y;
        }
    }
    for (int j = 0; j < 8; j++) {
        float t0 = hsum16(acc0[j]), t1 = hsum16(acc1[j]);
        for (long k = i; k < len; k++) {
            t0 += a0[k] * b[j * len + k];
            t1 += a1[k] * b[j * len + k];
        }
        out0[j] = t0;
        out1[j] = t1;
    }
}

/* From the projections mixes [count, m] (already scaled by the unit RMS) of count <= 16 tokens, one
   token per vector lane (the same operations in the same order in every lane: a token's bits do not
   depend on its neighbours): pre [count, n] and post [count, n] (sigmoids), comb [count, n, n] (row
   softmax, then Sinkhorn-Knopp) */
static void mix_lanes(const float *restrict mixes, long count, int n, const float *restrict base,
                      const float *restrict scale, int iters, float eps, float *restrict pre,
                      float *restrict post, float *restrict comb) {
    int nn = n * n, m = post ? (2 + n) * n : n;
    v16 c[256], w[(2 + 16) * 16];
    const v16 zero = (v16){0}, one = zero + 1.0f, veps = zero + eps;
    for (int k = 0; k < m; k++) {
        for (int l = 0; l < LANES; l++) w[k][l] = l < count ? mixes[l * m + k] : 0.0f;
    }
    for (int i = 0; i < n; i++) {
        v16 a = one / (one + exp_lanes(-(w[i] * scale[0] + base[i]))) + veps;
        for (int l = 0; l < count; l++) pre[l * n + i] = a[l];
    }
    if (!post) return;  /* the head's collapse: pre only */
    for (int i = 0; i < n; i++) {
        v16 b = 2.0f * (one / (one + exp_lanes(-(w[n + i] * scale[1] + base[n + i]))));
        for (int l = 0; l < count; l++) post[l * n + i] = b[l];
    }
    for (int i = 0; i < n; i++) {
        v16 *row = c + i * n, top = zero - INFINITY, total = zero;
        for (int j = 0; j < n; j++) {
            row[j] = w[2 * n + i * n + j] * scale[2] + base[2 * n + i * n + j];
            top = select16(row[j] > top, row[j], top);
        }
        for (int j = 0; j < n; j++) {
            row[j] = exp_lanes(row[j] - top);
            total += row[j];
        }
        for (int j = 0; j < n; j++) row[j] = row[j] / total + veps;
    }
    for (int k = 0; k < iters; k++) {
        if (k > 0) {
            for (int i = 0; i < n; i++) {
                v16 s = zero;
                for (int j = 0; j < n; j++) s += c[i * n + j];
                s = one / (s + veps);
                for (int j = 0; j < n; j++) c[i * n + j] *= s;
            }
        }
        for (int j = 0; j < n; j++) {
            v16 s = zero;
            for (int i = 0; i < n; i++) s += c[i * n + j];
            s = one / (s + veps);
            for (int i = 0; i < n; i++) c[i * n + j] *= s;
        }
    }
    for (int e = 0; e < nn; e++) {
        for (int l = 0; l < count; l++) comb[l * nn + e] = c[e][l];
    }
}

/* streams [T, n, D] -> post [T, n], comb [T, n, n], collapsed [T, D] (see layers.hyper_mix), the
   collapsed rows then RMS-normalised with the weight norm_w [D] when it is not NULL. With post NULL, the
   final collapse of layers.hyper_head instead (fn [n, n * D]: pre only). Tokens go 16 at a time: their
   projections (two tokens per pass over fn), the mixing weights lane by lane, the collapse. */
void hyper_mix(const float *restrict streams, const float *restrict fn, const float *restrict base,
               const float *restrict scale, long T, int n, long D, int iters, float rms_eps, float eps,
               const float *restrict norm_w, float norm_eps, float *restrict post, float *restrict comb,
               float *restrict collapsed) {
    int m = post ? (2 + n) * n : n;
    long width = n * D;
    float pre[LANES * 16], mixes[LANES * (2 + 16) * 16];
    for (long t0 = 0; t0 < T; t0 += LANES) {
        long count = T - t0 < LANES ? T - t0 : LANES;
        for (long u = 0; u < count; u++) {
            const float *x = streams + (t0 + u) * width;
            float *mix = mixes + u * m;
            int k = 0;
            if (u % 2 == 0 && u + 1 < count) {  /* tokens u and u + 1 (rows 8 at a time, each row alone) */
                for (; k + 8 <= m; k += 8) dot_rows8_pair(x, x + width, fn + k * width, width, mix + k, mix + m + k);
                for (; k < m; k++) {
                    dot_rows1(x, fn + k * width, width, mix + k);
                    dot_rows1(x + width, fn + k * width, width, mix + m + k);
                }
            } else if (u % 2 == 0) {
                for (; k + 8 <= m; k += 8) dot_rows8(x, fn + k * width, width, mix + k);
                for (; k < m; k++) dot_rows1(x, fn + k * width, width, mix + k);
            }
            float sumsq;
            dot_rows1(x, x, width, &sumsq);
            float r = 1.0f / sqrtf(sumsq / (float)width + rms_eps);
            for (k = 0; k < m; k++) mix[k] *= r;
        }
        mix_lanes(mixes, count, n, base, scale, iters, eps, pre, post ? post + t0 * n : NULL,
                  post ? comb + t0 * n * n : NULL);
        for (long u = 0; u < count; u++) {
            const float *x = streams + (t0 + u) * width, *p = pre + u * n;
            float *out = collapsed + (t0 + u) * D;
            long d = 0;
            for (; d + LANES <= D; d += LANES) {
                v16 v = (v16){0};
                for (int i = 0; i < n; i++) v += p[i] * load16(x + i * D + d);
                store16(out + d, v);
            }
            for (; d < D; d++) {
                float v = 0.0f;
                for (int i = 0; i < n; i++) v += p[i] * x[i * D + d];
                out[d] = v;
            }
            if (norm_w) {
                float s;
                dot_rows1(out, out, D, &s);
                s = 1.0f / sqrtf(s / (float)D + norm_eps);
                for (d = 0; d < D; d++) out[d] = (out[d] * s) * norm_w[d];
            }
        }
    }
}

/* new streams [T, n, D]: post[t, j] * block_out[t] + sum over i of comb[t, i, j] * streams[t, i]
   (added in that order), 16 channels at a time */
void hyper_expand(const float *restrict streams, const float *restrict block_out, const float *restrict post,
                  const float *restrict comb, long T, int n, long D, float *restrict out) {
    for (long t = 0; t < T; t++) {
        const float *x = streams + t * n * D, *o = block_out + t * D, *c = comb + t * n * n;
        for (int j = 0; j < n; j++) {
            float *y = out + (t * n + j) * D;
            float p = post[t * n + j];
            long d = 0;
            for (; d + LANES <= D; d += LANES) {
                v16 v = p * load16(o + d);
                for (int i = 0; i < n; i++) v += c[i * n + j] * load16(x + i * D + d);
                store16(y + d, v);
            }
            for (; d < D; d++) {
                float v = p * o[d];
                for (int i = 0; i < n; i++) v += c[i * n + j] * x[i * D + d];
                y[d] = v;
            }
        }
    }
}

/* hyper_expand written over streams: each token's streams are copied aside before its outputs are written */
void hyper_expand_inplace(float *streams, const float *restrict block_out, const float *restrict post,
                          const float *restrict comb, long T, int n, long D) {
    long width = n * D;
    float *copy = malloc(sizeof(float) * (width > 0 ? width : 1));
    if (!copy) abort();
    for (long t = 0; t < T; t++) {
        memcpy(copy, streams + t * width, sizeof(float) * width);
        hyper_expand(copy, block_out + t * D, post + t * n, comb + t * n * n, 1, n, D, streams + t * width);
    }
    free(copy);
}

/* hyper_expand into new_streams, then hyper_mix of the new streams, 16 tokens at a time (read again while
   in cache): the same values as the two calls */
void hyper_expand_mix(const float *restrict streams, const float *restrict block_out,
                      const float *restrict post_in, const float *restrict comb_in, long T, int n, long D,
                      float *restrict new_streams, const float *restrict fn, const float *restrict base,
                      const float *restrict scale, int iters, float rms_eps, float eps,
                      const float *restrict norm_w, float norm_eps, float *restrict post, float *restrict comb,
                      float *restrict collapsed) {
    long width = n * D, nn = n * n;
    for (long t0 = 0; t0 < T; t0 += LANES) {
        long count = T - t0 < LANES ? T - t0 : LANES;
        hyper_expand(streams + t0 * width, block_out + t0 * D, post_in + t0 * n, comb_in + t0 * nn, count, n,
                     D, new_streams + t0 * width);
        hyper_mix(new_streams + t0 * width, fn, base, scale, count, n, D, iters, rms_eps, eps, norm_w, norm_eps,
                  post + t0 * n, comb + t0 * nn, collapsed + t0 * D);
    }
}
"""
