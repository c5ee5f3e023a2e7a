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
  'signup.email': 'Correo electrónico',
  'signup.name': 'Nombre',
  'signup.remember': 'Recordarme en este sitio',
  'signup.welcomeBack': 'Hola de nuevo, {name}.',
  'signup.notYou': '¿No eres tú?',
  'signup.submit': 'Apuntarme',
  'signup.waitlist': 'Unirme a la lista de espera',
  'signup.sending': 'Enviando…',
  'signup.full': 'Este grupo está completo. Puedes unirte a la lista de espera.',
  'signup.confirmed': '¡Ya estás dentro! Te damos la bienvenida a {group}.',
  'signup.pending': 'Casi listo: revisa tu bandeja de entrada para confirmar tu correo.',
  'signup.waitlisted': 'Estás en la lista de espera. Te escribiremos si se libera una plaza.',
  'signup.required': 'Rellena este campo.',
  'signup.email-invalid': 'Introduce un correo electrónico válido, como nombre@ejemplo.com.',
  'signup.consent-required': 'Marca esta casilla para apuntarte.',
  'signup.choose': 'Elige al menos una opción.',
  'signup.honeypot': 'Deja este campo vacío',
};

export default es;
