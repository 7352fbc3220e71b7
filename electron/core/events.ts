// A typed bus for the events main pushes to the renderer; each transport subscribes once.
import type { EventMap, EventName } from '../../shared/contract';

type Listener = <N extends EventName>(name: N, payload: EventMap[N]) => void;

export class EventBus {
  private readonly listeners = new Set<Listener>();

  emit<N extends EventName>(name: N, payload: EventMap[N]): void {
    for (const listener of this.listeners) listener(name, payload);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
