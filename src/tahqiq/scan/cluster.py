"""The scan on a Dask cluster: one task per batch of texts, each writing its own Parquet parts.

``tahqiq scan DIR --out SHARED --scheduler tcp://HOST:8786`` connects a
:class:`distributed.Client` to a running scheduler (``dask scheduler`` on one machine,
``dask worker tcp://HOST:8786`` on each of the others, every one with this package installed).
The texts and ``--out`` must be at the same path on every worker (a shared file system).
"""

from __future__ import annotations

from ..errors import TahqiqError


def run_on_cluster(scheduler, args: list, sizes: list[int], out: str, record) -> None:
    """Submit :func:`~tahqiq.scan.run.run_batch` for every batch; ``record(infos, size)`` per result.
    ``scheduler`` is an address (``tcp://…``) or a :class:`distributed.Client`."""
    from distributed import Client, as_completed

    from .run import run_batch

    own = not isinstance(scheduler, Client)
    try:
        client = Client(scheduler, timeout="20s") if own else scheduler
    except (OSError, TimeoutError) as exc:
        raise TahqiqError(str(scheduler), f"cannot reach the Dask scheduler ({exc})") from None
    try:
        futs = client.map(run_batch, args, out=out, pure=False)
        size_of = {f.key: s for f, s in zip(futs, sizes)}
        for fut in as_completed(futs):
            record(fut.result(), size_of[fut.key])
    finally:
        if own:
            client.close()
