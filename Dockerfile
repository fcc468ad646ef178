# Sluice gateway, worker and inference server image.
#   CPU (default):  docker build -t sluice .
#   CUDA:           docker build --build-arg TORCH_INDEX_URL=https://download.pytorch.org/whl/cu128 -t sluice:cuda .
# The CUDA wheels of torch carry their own CUDA runtime; the host needs the NVIDIA driver and
# container toolkit. Triton compiles small launchers at run time, so the image keeps a C compiler.
FROM python:3.11-slim

ARG TORCH_VERSION=2.13.0
ARG TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    SLUICE_HOST=0.0.0.0 \
    SLUICE_PORT=8080 \
    SLUICE_DATA_DIR=/var/lib/sluice \
    SLUICE_BUILTIN_MODEL_DIR=/var/lib/sluice/models/sluice-demo

RUN apt-get update \
    && apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 sluice \
    && useradd --system --uid 10001 --gid sluice --home-dir /var/lib/sluice --create-home sluice

WORKDIR /app

# torch first, from the index that decides CPU or CUDA, so the project install does not replace it
RUN pip install --index-url "${TORCH_INDEX_URL}" "torch==${TORCH_VERSION}"

# then every other dependency at the versions and hashes of the lock, then Sluice itself
COPY requirements/runtime.lock ./requirements/runtime.lock
RUN pip install --require-hashes -r requirements/runtime.lock

COPY pyproject.toml setup.py README.md alembic.ini ./
COPY sluice ./sluice
COPY gateway ./gateway
COPY policy ./policy
COPY inference ./inference
COPY kernels ./kernels
COPY audit ./audit
COPY migrations ./migrations
RUN pip install --no-deps . \
    && python -c "import torch; assert torch.__version__.startswith('${TORCH_VERSION}'), torch.__version__"

USER sluice
WORKDIR /var/lib/sluice
EXPOSE 8080

HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('SLUICE_PORT', '8080'), timeout=4)"]

# Stops on SIGTERM after in-flight requests and streams end (SLUICE_GRACEFUL_SHUTDOWN_S).
STOPSIGNAL SIGTERM
CMD ["sluice", "serve"]
