// A typed bus for the events main pushes to the renderer; each transport subscribes once.
import type { EventMap, EventName } from '../../shared/contract';

type Listener = <N extends EventName>(name: N, payload: EventMap[N]) => void;

export class EventBus {
  private readonly listeners = new Set<Listener>();

  emit<N extends EventName>(name: N, payload: EventMap[N]): void {
    for (const listener of this.listeners) {
      try {
        listener(name, payload);
      } catch (error) {
        // A listener's failure (a read-only or full disk in a service reacting to the event) never breaks the emitter:
        // opening a catalogue or saving an edit is not undone by it.
        console.error(`A listener of ${name} failed`, error);
      }
    }
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
