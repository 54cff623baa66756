#!/usr/bin/env python3
"""Refits the diffusion model's four constants (core/src/model/diffusion.rs) on the public measurements in
core/tests/data/mlenergy-v3-diffusion.csv and prints them with the errors core/tests/diffusion_calibration.rs checks.

The model is the one in diffusion.rs: per pass, 2·N·T FLOPs at 0.8 of the BF16 peak, 4·L·d·T² FLOPs of attention at
ATTENTION_EFFICIENCY, ACTIVATION_BYTES_PER_WIDTH·T·L·d bytes at the HBM bandwidth; split replicas add
SEQUENCE_PARALLEL_OVERHEAD per extra GPU and SYNC_S_PER_LAYER per layer and step; power = TDP·(0.45 + 0.55·compute
share). The fit minimises the mean squared log error over six models; every third model by name is held out.
Each model's shape (layers, width, pixels per token, passes per step) is its published config, as in the Rust test.

numpy and scipy; not part of the test run. Usage: python3 scripts/fit_diffusion.py
"""
import csv
import math
import pathlib
import statistics

import numpy as np
from scipy.optimize import minimize

ROOT = pathlib.Path(__file__).resolve().parent.parent
ROWS = list(csv.DictReader(open(ROOT / "core/tests/data/mlenergy-v3-diffusion.csv")))
# (layers, hidden, pixels per token each side, passes per step): each model's transformer config.
SHAPE = {
    "Stable Diffusion 3.5 Large": (38, 2432, 16, 2),
    "Stable Diffusion 3.5 Medium": (24, 1536, 16, 2),
    "SANA 1.5 1.6B": (20, 2240, 32, 2),
    "SANA 1.5 4.8B": (60, 2240, 32, 2),
    "Hunyuan-DiT 1.2": (40, 1408, 16, 2),
    "CogVideoX 2B": (30, 1920, 16, 2),
    "CogVideoX 1.5 5B": (42, 3072, 22.6, 2),
    "HunyuanVideo": (60, 3072, 16, 1),
    "Wan 2.1 1.3B": (30, 1536, 16, 2),
}
# Dense BF16 FLOP/s, TDP (W), HBM bytes/s (core/src/model/hardware.rs).
HW = {"H100": (989e12, 700.0, 3.35e12), "B200": (2.25e15, 1000.0, 8e12)}
DENSE_EFFICIENCY, POWER_FLOOR = 0.8, 0.45


def row(r, shape_known):
    layers, hidden, px, passes = SHAPE[r["nickname"]]
    params = float(r["active_params_b"]) * 1e9
    if not shape_known:
        root = (params / 1e9) ** (1 / 3)
        layers, hidden = 24 * root, 1340 * root
    frames = int(r["frames"])
    latent_frames = 1 + (frames - 1) // 4
    tokens = math.ceil(int(r["width"]) / px) * math.ceil(int(r["height"]) / px) * latent_frames
    return dict(model=r["nickname"], params=params, layers=layers, hidden=hidden, tokens=tokens,
                steps=int(r["steps"]), passes=passes, batch=int(r["batch"]), gpus=int(r["gpus"]),
                hw=HW[r["gpu"]], joules=float(r["gpu_joules_per_item"]))


def joules(c, d):
    attention_eff, parallel, sync, activation = c
    peak, tdp, bandwidth = d["hw"]
    share = d["steps"] * d["passes"] * d["batch"] / d["gpus"]
    width_sum = d["layers"] * d["hidden"]
    compute = share * (2 * d["params"] * d["tokens"] / (peak * DENSE_EFFICIENCY)
                       + 4 * width_sum * d["tokens"] ** 2 / (peak * attention_eff))
    memory = share * activation * d["tokens"] * width_sum / bandwidth
    split = 0.0
    if d["gpus"] > 1:
        split = (compute + memory) * parallel * (d["gpus"] - 1) + d["steps"] * d["layers"] * sync
    seconds = compute + memory + split
    load = min(1.0, POWER_FLOOR + (1 - POWER_FLOOR) * compute / seconds)
    return seconds * d["gpus"] * tdp * load / d["batch"]


def fit(data):
    loss = lambda x: sum(math.log(joules(np.exp(x), d) / d["joules"]) ** 2 for d in data) / len(data)
    x = np.log([0.3, 0.1, 1e-3, 1000.0])
    for _ in range(4):
        x = minimize(loss, x, method="Nelder-Mead", options=dict(maxiter=10000, xatol=1e-8, fatol=1e-12)).x
    return np.exp(x)


def errors(c, data):
    e = sorted(max(joules(c, d) / d["joules"], d["joules"] / joules(c, d)) for d in data)
    return statistics.median(e), sum(x <= 2 for x in e) / len(e), e[-1]


def main():
    models = sorted(SHAPE)
    held = models[2::3]
    published = [row(r, True) for r in ROWS]
    fitted_rows = [d for d in published if d["model"] not in held]
    c = fit(fitted_rows)
    rounded = [float("%.2g" % v) for v in c]
    print("held out:", ", ".join(held))
    print("fitted: attention efficiency %.3f, parallel overhead %.3f, sync %.5f s, activation bytes %.0f" % tuple(c))
    print("rounded (diffusion.rs):", rounded)
    print("| rows | shape | n | median ×error | within ×2 | worst |\n|---|---|---|---|---|---|")
    for known in (True, False):
        data = [row(r, known) for r in ROWS]
        for name, part in (("fitted", [d for d in data if d["model"] not in held]),
                           ("held out", [d for d in data if d["model"] in held]), ("all", data)):
            median, within, worst = errors(rounded, part)
            print(f"| {name} | {'published' if known else 'from size'} | {len(part)} | ×{median:.2f} | "
                  f"{within:.1%} | ×{worst:.2f} |")
        ratio = sorted(d["joules"] / joules(rounded, d) for d in data)
        pick = lambda p: ratio[int(p * (len(ratio) - 1))]
        print(f"measured ÷ modelled, 10th / 50th / 90th percentile ({'published' if known else 'from size'} shape):"
              f" {pick(0.1):.2f} / {pick(0.5):.2f} / {pick(0.9):.2f}")


if __name__ == "__main__":
    main()
