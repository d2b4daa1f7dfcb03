import { Injectable, OnModuleDestroy } from '@nestjs/common';

/** What SocketSessions needs of a WebSocket. */
export interface ClosableSocket {
  close(code: number, reason: string): void;
}

/** Close code sent when the session behind a WebSocket ends (graphql-ws clients see it in `closed`). */
export const SESSION_ENDED_CLOSE_CODE = 4401;

/**
 * The open GraphQL WebSockets of this API process by session: a socket is closed when its access token expires or
 * its session ends here (logout, a replayed refresh token). Every subscribe on a socket is authorized anew by the
 * guard, so a session ended on another API process, a disabled user or a removed membership stops new
 * subscriptions at once, and the socket closes at the latest when its access token expires.
 */
@Injectable()
export class SocketSessions implements OnModuleDestroy {
  private readonly bySession = new Map<string, Set<ClosableSocket>>();
  private readonly sockets = new Map<
    ClosableSocket,
    { sessionId: string; timer: NodeJS.Timeout }
  >();

  /** Tracks a socket opened with a valid access token (`expiresAt` in epoch seconds). */
  register(socket: ClosableSocket, sessionId: string, expiresAt: number): void {
    this.unregister(socket);
    const delay = Math.max(0, expiresAt * 1000 - Date.now());
    const timer = setTimeout(() => this.close(socket, 'Access token expired'), delay);
    timer.unref();
    this.sockets.set(socket, { sessionId, timer });
    let set = this.bySession.get(sessionId);
    if (!set) this.bySession.set(sessionId, (set = new Set()));
    set.add(socket);
  }

  unregister(socket: ClosableSocket): void {
    const entry = this.sockets.get(socket);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.sockets.delete(socket);
    const set = this.bySession.get(entry.sessionId);
    set?.delete(socket);
    if (set?.size === 0) this.bySession.delete(entry.sessionId);
  }

  /** Closes every socket of the session. */
  endSession(sessionId: string): void {
    for (const socket of [...(this.bySession.get(sessionId) ?? [])]) {
      this.close(socket, 'Session ended');
    }
  }

  onModuleDestroy(): void {
    for (const { timer } of this.sockets.values()) clearTimeout(timer);
  }

  private close(socket: ClosableSocket, reason: string): void {
    this.unregister(socket);
    socket.close(SESSION_ENDED_CLOSE_CODE, reason);
  }
}
