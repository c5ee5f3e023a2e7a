import type { StringOverrides } from '../messages.js';

const es: StringOverrides = {
  loading: 'Cargando…',
  retry: 'Reintentar',
  queued: 'Guardado: lo enviaremos cuando vuelvas a tener conexión.',
  'error.network': 'No podemos conectar con el servidor. Revisa tu conexión e inténtalo de nuevo.',
  'error.timeout': 'El servidor tardó demasiado en responder. Inténtalo de nuevo.',
  'error.validation': 'Revisa los campos marcados.',
  'error.rate-limited': 'Demasiados intentos. Espera un momento e inténtalo de nuevo.',
  'error.not-found': 'No se ha encontrado. Puede que se haya eliminado.',
  'error.server': 'Algo ha fallado por nuestra parte. Inténtalo más tarde.',
  'error.config': 'Este widget aún no está configurado.',
  seatsLeft: { one: 'Queda {count} plaza', other: 'Quedan {count} plazas' },
};

export default es;
