/** @module analyse/triage/lexicons/es — Spanish cues (written by the Dragnet team). */
import type { Lexicon } from './lexicon.js';

export const es: Lexicon = {
  credential: ['contraseña', 'clave', 'usuario', 'iniciar sesión', 'código de seguridad', 'código de verificación', 'número de tarjeta', 'datos bancarios', 'pin', 'credenciales'],
  account: ['su cuenta', 'tu cuenta', 'verificar', 'verifique', 'verificación', 'confirmar', 'confirme', 'actualizar', 'actualice', 'identidad', 'actividad inusual', 'actividad sospechosa', 'no autorizado'],
  urgency: ['urgente', 'inmediatamente', 'en 24 horas', 'caduca', 'expira', 'última oportunidad', 'último aviso', 'solo hoy', 'ahora', 'cuanto antes'],
  threat: ['suspendida', 'suspendido', 'bloqueada', 'bloqueado', 'desactivada', 'cerrada', 'acciones legales', 'multa', 'arresto', 'sanción', 'restringida'],
  payment: ['pago', 'pagar', 'tarifa', 'factura', 'transferencia', 'reembolso', 'tarjeta regalo', 'saldo pendiente', 'impuesto', 'depósito'],
  prize: ['felicidades', 'enhorabuena', 'ha ganado', 'has ganado', 'ganador', 'premio', 'recompensa', 'lotería', 'herencia', 'millones', 'seleccionado', 'gratis'],
  marketing: ['oferta', 'descuento', 'rebajas', 'promoción', 'darse de baja', 'suscribirse', 'boletín', 'compre ahora', 'compra ahora', 'ahorre', 'cupón', 'haga clic aquí'],
  delivery: ['paquete', 'envío', 'entrega', 'aduana', 'seguimiento', 'correos', 'repartidor'],
  investment: ['inversión', 'invertir', 'ganancias', 'rentabilidad', 'bitcoin', 'cripto', 'trading', 'garantizado', 'ingresos'],
  contact: ['llame', 'llama', 'responda', 'responde', 'whatsapp', 'envíe baja', 'contáctenos'],
};
