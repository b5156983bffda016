"""The notes' XOR training loop (apuntes-ia.md §2, src/multicapa.py) in numpy, timed.

Benchmark reference for nnstep: the same network (2-2-1, sigmoid), the same data, the same
initial values as Tests/TraceTests/Fixtures/xor-explicit.json, the same operations in the same
order, with no tracing. It prints one line: the median time in seconds of --runs runs of
--epochs epochs, measured inside Python (interpreter start-up excluded), then the final loss.

    python3 benchmarks/reference/xor_numpy.py --epochs 10000 --runs 7
"""
import argparse
import time

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def train(epochs):
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    y = np.array([[0.0], [1.0], [1.0], [0.0]])
    W1 = np.array([[0.5, -0.3], [0.8, 0.2]])
    b1 = np.array([[0.1, -0.1]])
    W2 = np.array([[0.7], [-0.6]])
    b2 = np.array([[0.05]])
    rate = 0.5
    loss = 0.0
    for _ in range(epochs):
        hidden = sigmoid(np.dot(X, W1) + b1)
        output = sigmoid(np.dot(hidden, W2) + b2)
        error = y - output
        loss = np.mean(np.square(error))
        d_output = error * (output * (1 - output))
        d_hidden = d_output.dot(W2.T) * (hidden * (1 - hidden))
        W2 += hidden.T.dot(d_output) * rate
        b2 += np.sum(d_output, axis=0, keepdims=True) * rate
        W1 += X.T.dot(d_hidden) * rate
        b1 += np.sum(d_hidden, axis=0, keepdims=True) * rate
    return loss


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    times = []
    loss = 0.0
    for _ in range(args.runs):
        start = time.perf_counter()
        loss = train(args.epochs)
        times.append(time.perf_counter() - start)
    times.sort()
    print(f"{times[len(times) // 2]:.6f} {float(loss)!r}")


if __name__ == "__main__":
    main()
