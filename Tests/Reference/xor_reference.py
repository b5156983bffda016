#!/usr/bin/env python3
"""Independent numpy reference for nnstep's XOR backpropagation trace.

What it computes
----------------
The 2-2-1 sigmoid network of the course notes (apuntes-ia.md, section 2 and
2.2, the training loop of ``src/multicapa.py``), trained full-batch on XOR:

    X = [[0,0],[0,1],[1,0],[1,1]],  y = [[0],[1],[1],[0]],  learning rate 0.5

starting from fixed (not random) initial weights, so that the result is
deterministic.  The maths is exactly that of the notes' loop:

* forward:   Z1 = X.W1 + b1,  A1 = sigmoid(Z1),  Z2 = A1.W2 + b2,  A2 = sigmoid(Z2)
* error:     error = y - A2,  loss = mean(error**2)   (reported, not propagated)
* backward:  delta_out = error * A2*(1-A2)             (sigmoid' applied to the
             activation, as ``sigmoid_derivative(a) = a*(1-a)`` in the notes)
             Error_hidden = delta_out.W2^T
             delta_hidden = Error_hidden * A1*(1-A1)
* update:    gradients are SUMMED over the 4 examples (no 1/n) and the
             learning rate is already included in each step, which is ADDED:
             dW2 = A1^T.delta_out * lr;              W2 += dW2
             db2 = sum(delta_out, axis 0) * lr;      b2 += db2
             dW1 = X^T.delta_hidden * lr;            W1 += dW1
             db1 = sum(delta_hidden, axis 0) * lr;   b1 += db1
  in that order (W2, b2, W1, b1), every step using the deltas of the forward
  pass of the same epoch.

Output
------
``Tests/TraceTests/Fixtures/xor-golden.json`` (located relative to this
script, so it can be run from any directory).  That file is the GOLDEN
REFERENCE the Swift tests of nnstep compare against (tolerance 1e-12).  It
holds the learning rate, the number of epochs, X, y, the initial parameters,
every named matrix of epoch 1 (``epoch1``), the parameters after the last
epoch (``final``), the prediction A2 of the final parameters
(``finalPrediction``) and the loss of every epoch (``losses``, measured on the
forward pass of that epoch, before its update).  Matrices are row-major
nested lists; the loss of epoch 1 is also given as a 1x1 matrix [[v]].
Numbers are written by Python's json module, i.e. with ``repr(float)``: the
shortest decimal that reads back as exactly the same double.

How to run
----------
    python3 Tests/Reference/xor_reference.py              # 5000 epochs
    python3 Tests/Reference/xor_reference.py --epochs N   # N epochs

Requires Python 3 and numpy.
"""

import argparse
import json
import os

import numpy as np

LEARNING_RATE = 0.5
DEFAULT_EPOCHS = 5000

X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
Y = np.array([[0.0], [1.0], [1.0], [0.0]])

# Initial parameters. W1: row = input, column = hidden neuron.
INITIAL = {
    "W1": [[0.5, -0.3], [0.8, 0.2]],
    "b1": [[0.1, -0.1]],
    "W2": [[0.7], [-0.6]],
    "b2": [[0.05]],
}

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(HERE))  # Tests/Reference -> repo
OUTPUT = os.path.join(REPO_ROOT, "Tests", "TraceTests", "Fixtures", "xor-golden.json")


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_slope_from_activation(a):
    """Derivative of the sigmoid expressed through its output a = sigmoid(z)."""
    return a * (1.0 - a)


def forward(W1, b1, W2, b2):
    Z1 = np.dot(X, W1) + b1
    A1 = sigmoid(Z1)
    Z2 = np.dot(A1, W2) + b2
    A2 = sigmoid(Z2)
    return Z1, A1, Z2, A2


def train_epoch(params):
    """One full-batch epoch; updates params in place, returns its matrices."""
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    Z1, A1, Z2, A2 = forward(W1, b1, W2, b2)

    error = Y - A2
    loss = np.mean(np.square(error))
    delta_out = error * sigmoid_slope_from_activation(A2)
    error_hidden = delta_out.dot(W2.T)
    delta_hidden = error_hidden * sigmoid_slope_from_activation(A1)

    dW2 = A1.T.dot(delta_out) * LEARNING_RATE
    W2 += dW2
    db2 = np.sum(delta_out, axis=0, keepdims=True) * LEARNING_RATE
    b2 += db2
    dW1 = X.T.dot(delta_hidden) * LEARNING_RATE
    W1 += dW1
    db1 = np.sum(delta_hidden, axis=0, keepdims=True) * LEARNING_RATE
    b1 += db1

    return {
        "Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2,
        "error": error, "loss": np.array([[loss]]),
        "delta_out": delta_out, "Error_hidden": error_hidden,
        "delta_hidden": delta_hidden,
        "dW2": dW2, "db2": db2, "dW1": dW1, "db1": db1,
        # copies: the live arrays keep changing in later epochs
        "W2": W2.copy(), "b2": b2.copy(), "W1": W1.copy(), "b1": b1.copy(),
    }


def to_lists(mapping):
    return {name: np.asarray(m, dtype=float).tolist() for name, m in mapping.items()}


def dump(document, path):
    """Readable JSON: one top-level entry / matrix per line, losses 8 per line.

    Every number goes through json.dumps, i.e. repr(float).
    """
    def compact(value):
        return json.dumps(value, separators=(", ", ": "), allow_nan=False)

    parts = []
    for key, value in document.items():
        if isinstance(value, dict):
            inner = ",\n".join(f"    {json.dumps(k)}: {compact(v)}" for k, v in value.items())
            parts.append(f"  {json.dumps(key)}: {{\n{inner}\n  }}")
        elif key == "losses":
            rows = [", ".join(compact(x) for x in value[i:i + 8]) for i in range(0, len(value), 8)]
            parts.append(f"  {json.dumps(key)}: [\n    " + ",\n    ".join(rows) + "\n  ]")
        else:
            parts.append(f"  {json.dumps(key)}: {compact(value)}")
    text = "{\n" + ",\n".join(parts) + "\n}\n"
    json.loads(text)  # sanity: must be valid JSON
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=DEFAULT_EPOCHS,
                        help=f"number of training epochs (default {DEFAULT_EPOCHS})")
    args = parser.parse_args()
    if args.epochs < 1:
        parser.error("--epochs must be at least 1")

    params = {name: np.array(value, dtype=float) for name, value in INITIAL.items()}
    losses = []
    epoch1 = None
    for epoch in range(args.epochs):
        record = train_epoch(params)
        losses.append(float(record["loss"][0, 0]))
        if epoch == 0:
            epoch1 = record

    final_prediction = forward(params["W1"], params["b1"], params["W2"], params["b2"])[3]

    document = {
        "learningRate": LEARNING_RATE,
        "epochs": args.epochs,
        "numpyVersion": np.__version__,
        "X": X.tolist(),
        "y": Y.tolist(),
        "initial": INITIAL,
        "epoch1": to_lists(epoch1),
        "final": to_lists({k: params[k] for k in ("W1", "b1", "W2", "b2")}),
        "finalPrediction": final_prediction.tolist(),
        "losses": losses,
    }
    dump(document, OUTPUT)
    print(f"wrote {os.path.relpath(OUTPUT, REPO_ROOT)}: {args.epochs} epochs, "
          f"loss {losses[0]!r} -> {losses[-1]!r}")


if __name__ == "__main__":
    main()
