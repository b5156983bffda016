"""The digits lesson's training loop (Lessons/digitos.json) in numpy, timed.

Benchmark reference for nnstep: the MLP 64→128→64→10 of the notes' §3.3 (ReLU, ReLU, softmax),
cross-entropy with its simplified delta `A3 − y`, mini-batches of 64 shuffled every epoch, the
mean over the batch, Adam (η = 0.003, β₁ = 0.9, β₂ = 0.999, ε = 1e-8), He-uniform weights, on
the 1,437 training digits of an 80/20 split of Lessons/data/digits-8x8.csv — the same shapes,
batches and epochs as nnstep's default run, without tracing. Like that run, it computes each
batch's loss (their mean is the epoch's training loss) and, after every epoch, the loss and the
accuracy on the 360 held-out digits. The random numbers differ from nnstep's (numpy's
generator), so accuracies are close but not identical.

Prints one line: the median time in seconds of --runs runs of --epochs epochs, measured inside
Python (start-up and reading the file excluded), then the test accuracy of the last run.

    python3 benchmarks/reference/digits_numpy.py --epochs 10 --runs 5
"""
import argparse
import os
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
CSV = os.path.join(HERE, "..", "..", "Lessons", "data", "digits-8x8.csv")


def load():
    table = np.loadtxt(CSV, delimiter=",")
    x = table[:, :64] / 16.0
    labels = table[:, 64].astype(int)
    y = np.eye(10)[labels]
    order = np.random.default_rng(42).permutation(len(x))
    test = order[: int(round(0.2 * len(x)))]
    train = order[int(round(0.2 * len(x))):]
    return x[train], y[train], x[test], y[test]


def relu(z):
    return np.maximum(z, 0)


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def cross_entropy(a, y):
    return -np.sum(y * np.log(a)) / len(a)


def forward(weights, biases, x):
    a = x
    for i, (w, b) in enumerate(zip(weights, biases)):
        z = a.dot(w) + b
        a = relu(z) if i < len(weights) - 1 else softmax(z)
    return a


def train(x, y, xt, yt, epochs, rng):
    sizes = [64, 128, 64, 10]
    weights = [rng.uniform(-np.sqrt(6 / i), np.sqrt(6 / i), (i, o)) for i, o in zip(sizes, sizes[1:])]
    biases = [np.zeros((1, o)) for o in sizes[1:]]
    params = weights + biases
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    rate, beta1, beta2, eps, t = 0.003, 0.9, 0.999, 1e-8, 0
    history = []
    for _ in range(epochs):
        order = rng.permutation(len(x))
        losses = []
        for start in range(0, len(x), 64):
            batch = order[start:start + 64]
            X, Y = x[batch], y[batch]
            z1 = X.dot(weights[0]) + biases[0]
            a1 = relu(z1)
            z2 = a1.dot(weights[1]) + biases[1]
            a2 = relu(z2)
            a3 = softmax(a2.dot(weights[2]) + biases[2])
            losses.append(cross_entropy(a3, Y))
            d3 = a3 - Y
            d2 = d3.dot(weights[2].T) * (z2 > 0)
            d1 = d2.dot(weights[1].T) * (z1 > 0)
            n = len(batch)
            grads = [X.T.dot(d1) / n, a1.T.dot(d2) / n, a2.T.dot(d3) / n,
                     d1.sum(axis=0, keepdims=True) / n, d2.sum(axis=0, keepdims=True) / n,
                     d3.sum(axis=0, keepdims=True) / n]
            t += 1
            for i, g in enumerate(grads):
                m[i] = beta1 * m[i] + (1 - beta1) * g
                v[i] = beta2 * v[i] + (1 - beta2) * g * g
                step = rate * (m[i] / (1 - beta1 ** t)) / (np.sqrt(v[i] / (1 - beta2 ** t)) + eps)
                params[i] -= step
        at = forward(weights, biases, xt)
        history.append((np.mean(losses), cross_entropy(at, yt), float(np.mean(at.argmax(axis=1) == yt.argmax(axis=1)))))
    return history


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    x, y, xt, yt = load()
    times = []
    result = None
    for run in range(args.runs):
        rng = np.random.default_rng(run)
        start = time.perf_counter()
        result = train(x, y, xt, yt, args.epochs, rng)
        times.append(time.perf_counter() - start)
    times.sort()
    print(f"{times[len(times) // 2]:.6f} {result[-1][2]:.4f}")


if __name__ == "__main__":
    main()
