import { Inject, Injectable, Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../common/config/app-config';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends mail when SMTP_URL is configured; without it, mail is simply not sent. */
@Injectable()
export class MailService {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /** Failures are logged, not thrown: the action that triggered the mail has already happened. */
  async send(mail: Mail): Promise<boolean> {
    if (!this.transport) return false;
    try {
      await this.transport.sendMail({ from: this.config.mailFrom, ...mail });
      return true;
    } catch (error) {
      this.logger.warn(`Mail could not be sent: ${(error as Error).message}`);
      return false;
    }
  }
}
