#!/usr/bin/env python3
"""Refits the U-Net model's two constants (core/src/model/unet.rs: UNET_COMPUTE_EFFICIENCY, UNET_STEP_OVERHEAD_S) on
the public A100 measurements in core/tests/data/mlenergy-v2-image-a100.csv and prints them with each model held out
in turn, then the errors on the runs the fit never saw (core/tests/data/mlenergy-v2-image-a100-all.csv: SDXL,
SDXL-Turbo, SSD-1B, Kandinsky 2.2 and 3).

The model is the one in unet.rs and diffusion.rs: the decoder's 9.5 MFLOPs a pixel once per image, and per pass sum over levels of 2·P_i·T_i FLOPs at the fitted
efficiency of the 16-bit peak and 4·A_i·T_i² FLOPs of attention at the diffusion transformers' 0.29, T_i = T ÷ 4^i;
plus the fitted overhead per step; power = TDP·(0.45 + 0.55·compute share). P_i and A_i are counted from each
layout's diffusers config as unet.rs counts them. The fit minimises the squared log errors of energy and batch time
together: energy alone cannot tell a slow run at low power from a fast one at high power.

numpy and scipy; not part of the test run. Usage: python3 scripts/fit_unet.py
"""
import csv
import math
import pathlib
import statistics

import numpy as np
from scipy.optimize import minimize

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "core/tests/data"
PEAK, TDP, FLOOR, ATTENTION = 312e12, 400.0, 0.45, 0.29  # A100 (hardware.rs), serving.rs, diffusion.rs
DECODER_FLOPS_PER_PIXEL = 9.5e6  # diffusion.rs: the autoencoder's decoder, once per image


def levels(ch, lpb, depth, xdim, attn, added=0):
    """Per-level weights, per-level attention widths and all parameters, as unet.rs `structure` counts them."""
    K, c0 = len(ch), ch[0]
    time = 4 * c0
    P, A = [0.0] * 4, [0.0] * 4
    item = c0 * time + time + time * time + time + added

    def res(i, cin, cout):
        P[i] += 2 * cin + 2 * cout + 9 * cin * cout + cout + 9 * cout * cout + cout + (0 if cin == cout else cin * cout + cout)
        return time * cout + cout

    def tr(i, d, layers):
        P[i] += 2 * d + 2 * (d * d + d) + layers * (4 * d * d + d + 2 * d * d + d + 8 * d * d + 8 * d + 4 * d * d + d + 6 * d)
        A[i] += layers * d
        return layers * 2 * xdim * d

    P[0] += 9 * 4 * c0 + c0 + 9 * c0 * 4 + 4
    skips, cin = [c0], c0
    for i in range(K):
        for _ in range(lpb):
            item += res(i, cin, ch[i])
            if attn[i]:
                item += tr(i, ch[i], depth[i])
            cin = ch[i]
            skips.append(ch[i])
        if i < K - 1:
            P[i + 1] += 9 * ch[i] * ch[i] + ch[i]
            skips.append(ch[i])
    item += res(K - 1, ch[-1], ch[-1]) + tr(K - 1, ch[-1], depth[-1]) + res(K - 1, ch[-1], ch[-1])
    prev = ch[-1]
    for i in reversed(range(K)):
        for _ in range(lpb + 1):
            item += res(i, prev + skips.pop(), ch[i])
            if attn[i]:
                item += tr(i, ch[i], depth[i])
            prev = ch[i]
        if i > 0:
            P[i - 1] += 9 * ch[i] * ch[i] + ch[i]
    return P, A, sum(P) + item


LAYOUT = {
    "sd": levels([320, 640, 1280, 1280], 2, [1, 1, 1, 1], 768, [1, 1, 1, 0]),
    "sdxl": levels([320, 640, 1280], 2, [1, 2, 10], 2048, [0, 1, 1], 2816 * 1280 + 1280 + 1280 * 1280 + 1280),
}
# model: (layout or None for "from its size", parameters, pipeline's default side in pixels, passes per step)
MODELS = {
    "stabilityai/stable-diffusion-2-1": ("sd", 865.9e6, 768, 2),
    "prompthero/openjourney-v4": ("sd", 859.5e6, 512, 2),
    "SimianLuo/LCM_Dreamshaper_v7": ("sd", 859.5e6, 768, 1),
    "stabilityai/stable-diffusion-xl-base-1.0": ("sdxl", 2567.5e6, 1024, 2),
    "stabilityai/sdxl-turbo": ("sdxl", 2567.5e6, 512, 2),
    "segmind/SSD-1B": (None, 1.3e9, 1024, 2),
    "kandinsky-community/kandinsky-2-2-decoder": (None, 1.22e9, 512, 2),
    "kandinsky-community/kandinsky-3": (None, 3.0e9, 1024, 2),
}


def flops(layout, params, t):
    P, A, total = LAYOUT[layout]
    scale = params / total
    linear = sum(2 * P[i] * t / 4**i for i in range(4)) * scale
    attention = sum(4 * A[i] * (t / 4**i) ** 2 for i in range(4)) * scale
    return linear, attention


def energy(model, steps, batch, c):
    efficiency, overhead = c
    layout, params, side, passes = MODELS[model]
    t = (side / 8) ** 2
    if layout:
        linear, attention = flops(layout, params, t)
    elif params < 1e9:
        linear, attention = flops("sd", params, t)
    else:
        # unet.rs `pass_flops_of`: XL's layout, never less than SD's at the switch (by time).
        sd, xl = flops("sd", 1e9, t), flops("sdxl", params, t)
        cost = lambda f: f[0] / efficiency + f[1] / ATTENTION
        linear, attention = xl if cost(xl) >= cost(sd) else sd
    compute = passes * batch * steps * (linear / (PEAK * efficiency) + attention / (PEAK * ATTENTION))
    compute += batch * DECODER_FLOPS_PER_PIXEL * side * side / (PEAK * efficiency)
    seconds = compute + steps * overhead
    return seconds * TDP * min(1.0, FLOOR + (1 - FLOOR) * compute / seconds) / batch, seconds


def rows(file, energy_col):
    out = []
    for r in csv.DictReader(open(DATA / file)):
        if r["model"] in MODELS:
            out.append((r["model"], int(r["steps"]), int(r["batch"]), float(r[energy_col]), float(r["batch_latency_s"])))
    return out


def fit(rs):
    def loss(x):
        c = np.exp(x)
        return sum(math.log(energy(m, s, b, c)[0] / j) ** 2 + math.log(energy(m, s, b, c)[1] / t) ** 2 for m, s, b, j, t in rs)

    return np.exp(minimize(loss, np.log([0.4, 0.02]), method="Nelder-Mead", options=dict(xatol=1e-8, fatol=1e-12)).x)


def off(r):
    return max(r, 1 / r)


EFFICIENCY, OVERHEAD = 0.43, 0.021  # as shipped in unet.rs
shared = [r for r in rows("mlenergy-v2-image-a100.csv", "measured_j_per_item") if MODELS[r[0]][0]]
c = fit(shared)
print(f"fitted on {len(shared)} runs of {len({r[0] for r in shared})} models: efficiency {c[0]:.3f}, overhead {c[1]:.4f} s a step")
fitted = [energy(m, s, b, c)[0] / j for m, s, b, j, t in shared]
print(f"  fitted: median x{statistics.median(map(off, fitted)):.3f}, worst x{max(map(off, fitted)):.2f}")
held = []
for model in sorted({r[0] for r in shared}):
    cc = fit([r for r in shared if r[0] != model])
    e = [energy(m, s, b, cc)[0] / j for m, s, b, j, t in shared if m == model]
    held += e
    print(f"  {model} held out: efficiency {cc[0]:.3f}, overhead {cc[1]:.4f}; modelled / measured {min(e):.2f}-{max(e):.2f}")
print(f"  held out: median x{statistics.median(map(off, held)):.3f}, within x2 {sum(off(e) <= 2 for e in held)}/{len(held)}")
seen = {r[0] for r in shared}
for model in MODELS:
    if model in seen:
        continue
    e = [energy(m, s, b, (EFFICIENCY, OVERHEAD))[0] / j for m, s, b, j, t in rows("mlenergy-v2-image-a100-all.csv", "j_per_image") if m == model]
    print(f"never fitted {model}: modelled / measured {min(e):.2f}-{max(e):.2f}, median x{statistics.median(map(off, e)):.2f} ({len(e)} runs)")
# The calibration spreads (assumptions.rs UNET_FIT, UNET_FIT_FROM_SIZE): 10th and 90th percentiles of measured ÷
# modelled over every run of the published layouts, and over the runs whose layout comes from the size.
every = rows("mlenergy-v2-image-a100-all.csv", "j_per_image")
for name, keep in [("published layout", lambda m: MODELS[m][0]), ("layout from size", lambda m: not MODELS[m][0])]:
    ratios = sorted(j / energy(m, s, b, (EFFICIENCY, OVERHEAD))[0] for m, s, b, j, t in every if keep(m))
    q = np.percentile(ratios, [10, 50, 90])
    print(f"measured / modelled, {name}: {len(ratios)} runs, 10th {q[0]:.3f}, median {q[1]:.3f}, 90th {q[2]:.3f}")
