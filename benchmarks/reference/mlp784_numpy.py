"""A 784-input MLP trained for one epoch in numpy, timed: the reference for nnstep's bench row
"MLP 784→128→64→10, 60,000 random samples, batch 64, 1 epoch, no trace".

The notes' convention: ReLU hidden layers, softmax output, cross-entropy loss with mean
reduction, delta_3 = A3 − Y, W −= η·Aᵀ·δ / batch (and b −= η·Σ_rows δ / batch), float64,
batches taken in order (60,000 = 937 batches of 64 and a last one of 32), no shuffling.

The numbers are nnstep's: SplitMix64 (Sources/Trace/Random/SplitMix64.swift), vectorised — the
i-th output of a generator seeded s is mix(s + i·0x9E3779B97F4A7C15), i = 1, 2, … Inputs are
uniform in [0, 1) from seed 7 (row after row), labels next() % 10 from seed 8, W_l uniform in
±sqrt(6 / (fan_in + fan_out)) from seed l (l = 1, 2, 3), biases zero; the bench's Swift loop
(benchmarks/Sources/Bench/MLP784.swift) builds the same ones.

It prints one line: the median time in seconds of --runs epochs (each from the same initial
weights; data generation excluded), the mean training loss of the last epoch, the sum of the
trained W1 (a checksum), and the process's peak resident memory in bytes.

    python3 benchmarks/reference/mlp784_numpy.py --runs 3
    python3 benchmarks/reference/mlp784_numpy.py --matmul 200   # time of one 64×784·784×128 product
"""
import argparse
import math
import resource
import time

import numpy as np

GAMMA = np.uint64(0x9E3779B97F4A7C15)
SIZES = [784, 128, 64, 10]
SAMPLES = 60_000
BATCH = 64
RATE = 0.1


def splitmix64(seed, count, start=0):
    """Outputs start+1 … start+count of SplitMix64 seeded `seed`, as uint64."""
    with np.errstate(over="ignore"):
        z = np.uint64(seed) + GAMMA * np.arange(start + 1, start + count + 1, dtype=np.uint64)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def units(seed, count, start=0):
    """nextUnit(): the top 53 bits divided by 2^53, in [0, 1)."""
    return (splitmix64(seed, count, start) >> np.uint64(11)).astype(np.float64) * 2.0 ** -53


def uniform(seed, shape, lower, upper):
    """nextUniform(in: lower, upper) for every element, row after row."""
    count = int(np.prod(shape))
    return (lower + (upper - lower) * units(seed, count)).reshape(shape)


def initial_parameters():
    params = []
    for layer in range(3):
        fan_in, fan_out = SIZES[layer], SIZES[layer + 1]
        limit = math.sqrt(6.0 / (fan_in + fan_out))
        params.append((uniform(layer + 1, (fan_in, fan_out), -limit, limit), np.zeros((1, fan_out))))
    return params


def data():
    x = np.empty((SAMPLES, SIZES[0]))
    rows = 1_000  # in slices, to keep the uint64 temporaries small
    for first in range(0, SAMPLES, rows):
        x[first:first + rows] = units(7, rows * SIZES[0], first * SIZES[0]).reshape(rows, SIZES[0])
    labels = (splitmix64(8, SAMPLES) % np.uint64(10)).astype(np.int64)
    y = np.zeros((SAMPLES, SIZES[-1]))
    y[np.arange(SAMPLES), labels] = 1.0
    return x, y


def epoch(x, y, params):
    (w1, b1), (w2, b2), (w3, b3) = params
    total = 0.0
    batches = 0
    for first in range(0, SAMPLES, BATCH):
        xb = x[first:first + BATCH]
        yb = y[first:first + BATCH]
        n = xb.shape[0]
        # Forward.
        z1 = xb @ w1 + b1
        a1 = np.maximum(z1, 0.0)
        z2 = a1 @ w2 + b2
        a2 = np.maximum(z2, 0.0)
        z3 = a2 @ w3 + b3
        e = np.exp(z3 - z3.max(axis=1, keepdims=True))
        a3 = e / e.sum(axis=1, keepdims=True)
        total += -np.sum(yb * np.log(a3)) / n
        batches += 1
        # Backward (the gradient of the mean loss, before the 1/batch).
        d3 = a3 - yb
        d2 = (d3 @ w3.T) * (z2 > 0)
        d1 = (d2 @ w2.T) * (z1 > 0)
        step = RATE / n
        w3 -= step * (a2.T @ d3)
        b3 -= step * d3.sum(axis=0, keepdims=True)
        w2 -= step * (a1.T @ d2)
        b2 -= step * d2.sum(axis=0, keepdims=True)
        w1 -= step * (xb.T @ d1)
        b1 -= step * d1.sum(axis=0, keepdims=True)
    return total / batches


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--matmul", type=int, default=0, help="time this many 64×784·784×128 products instead")
    args = parser.parse_args()
    if args.matmul:
        a = units(7, 64 * 784).reshape(64, 784)
        b = initial_parameters()[0][0]
        c = np.empty((64, 128))
        np.matmul(a, b, out=c)
        times = []
        for _ in range(args.matmul):
            start = time.perf_counter()
            np.matmul(a, b, out=c)
            times.append(time.perf_counter() - start)
        times.sort()
        print(f"{times[len(times) // 2]:.9f}")
        return
    x, y = data()
    start_params = initial_parameters()
    times = []
    loss = 0.0
    checksum = 0.0
    for _ in range(args.runs):
        params = [(w.copy(), b.copy()) for w, b in start_params]
        start = time.perf_counter()
        loss = epoch(x, y, params)
        times.append(time.perf_counter() - start)
        checksum = float(params[0][0].sum())
    times.sort()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(f"{times[len(times) // 2]:.6f} {float(loss)!r} {checksum!r} {peak}")


if __name__ == "__main__":
    main()
